"""The event coder as stages, one module each: candidates (lexicon matching), arguments (the
roles and their back-off), actors for roles (with placing), frame (modality, filters), coding
(type, mode, CAMEO, Goldstein, with dating) and merge; event_coder orders them."""

from vigie.events.coder.actors import NO_AGENT
from vigie.events.coder.event_coder import EventCoder

__all__ = ["NO_AGENT", "EventCoder"]
