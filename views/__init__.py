"""Interactive graph views: RDF -> networkx projections -> pyvis HTML."""
