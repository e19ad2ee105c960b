"""Scoring Vigie against gold files: PLOVER event records, TimeBank dates, quote speakers."""
