"""Engines run the analysis of article batches: ``local`` (a process pool on one machine)."""
