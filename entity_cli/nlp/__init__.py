"""NLP: the spaCy pipeline (the model's ner on bounded pieces, then entity-cli's
components) and the records built from its Docs.
"""
