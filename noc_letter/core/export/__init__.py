"""Exporters: the reference letter as DOCX and the submission checklist as data and DOCX."""

from noc_letter.core.export.docx_fill import TemplateError
from noc_letter.core.export.docx_letter import BuildResult, build_letter
from noc_letter.core.export.files import ExportError

__all__ = ["BuildResult", "ExportError", "TemplateError", "build_letter"]
