"""Translated messages and the plugin's entries in the QGIS message log."""

from __future__ import annotations

from typing import Union

from qgis.core import Qgis, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import FragiliteError, Message

LOG_TAG = "Fragilité numérique"


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def tr(text: str) -> str:
    return QCoreApplication.translate("fragilite_numerique", text)


def localized(item: Union[Message, FragiliteError, str]) -> str:
    """A core message or error in the user's language."""
    if isinstance(item, (Message, FragiliteError)):
        return item.text(translate)
    return str(item)


def log(text: str, level=Qgis.Info) -> None:
    QgsMessageLog.logMessage(text, LOG_TAG, level)
