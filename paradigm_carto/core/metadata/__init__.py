"""Bilingual (FR/NL, optional EN) dataset metadata: model, storage with the layer, ISO 19139."""
