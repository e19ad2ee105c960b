"""Engines run the ingest's analysis: ``local`` (a process pool on one machine) and ``ray``
(Ray Data stages, with the duplicate group-by of ``ray_dedup``, on one machine or a cluster)."""
