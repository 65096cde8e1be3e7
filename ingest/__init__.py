"""From article facts to RDF: facts documents, IRIs, conversion and the ingest pipeline."""
