"""bilateral: a knowledge graph of bilateral (state-to-state) relations built from news articles."""

__version__ = "0.1.0"
