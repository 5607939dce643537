"""Binding proposals for an added table: each variable the INSEE column codes can feed, to accept or not.

The proposals come from ``core.proposals.propose`` (INSEE codes recognised whatever their year);
a proposal that fills an absent variable or replaces a proxy by the real variable is ticked, the
others are shown unticked. Nothing changes until the user accepts.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.proposals import Proposal
from ..gis.messages import tr
from .widgets import group, hint, set_hint, status_icon, status_label

RANK = {"absent": 0, "proxy": 1, "real": 2}


def improves(proposal: Proposal, current: str) -> bool:
    """A proposal worth taking by default: it binds an absent variable, or a real one in place of a proxy."""
    return RANK.get(proposal.status, 0) > RANK.get(current, 0)


class ProposalsBox(QWidget):
    accepted = pyqtSignal(dict)         # leaf -> Proposal, the ticked ones

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.proposals: dict = {}
        self.boxes: dict = {}
        self.intro = hint()
        self.rows = QVBoxLayout()
        self.rows.setSpacing(2)
        self.accept_button = QPushButton(tr("Use the ticked proposals"))
        self.dismiss_button = QPushButton(tr("Ignore"))
        box, layout = group(tr("Proposed binding"), self.intro)
        layout.addLayout(self.rows)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.accept_button)
        layout.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        self.accept_button.clicked.connect(self.accept)
        self.dismiss_button.clicked.connect(self.clear)
        self.clear()

    def clear(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.proposals, self.boxes = {}, {}
        self.hide()

    def show_proposals(self, table_id: str, proposals: dict, labels: dict, statuses: dict) -> int:
        """``proposals``: leaf -> Proposal or None; ``labels``/``statuses``: the variables as bound now."""
        self.clear()
        found = {leaf: p for leaf, p in proposals.items() if p is not None}
        if not found:
            return 0
        set_hint(self.intro, tr("The columns of <b>{}</b> are INSEE codes that can feed these variables. Tick "
                                "the ones to use; the binding file itself is not modified.").format(table_id))
        for leaf, proposal in found.items():
            current = statuses.get(leaf, "absent")
            check = QCheckBox()
            check.setChecked(improves(proposal, current))
            check.setToolTip(proposal.note)
            text = QLabel(tr("<b>{}</b><br>{} · now: {}").format(
                labels.get(leaf, leaf), proposal.describe(), status_label(current).lower()))
            text.setWordWrap(True)
            text.setTextFormat(Qt.RichText)
            text.setToolTip(proposal.note)
            icon = QLabel()
            icon.setPixmap(status_icon(proposal.status).pixmap(14, 14))
            icon.setToolTip(status_label(proposal.status))
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(check, 0, Qt.AlignTop)
            line.addWidget(icon, 0, Qt.AlignTop)
            line.addWidget(text, 1)
            self.rows.addWidget(row)
            self.boxes[leaf] = check
        self.proposals = found
        self.show()
        return len(found)

    def ticked(self) -> dict:
        return {leaf: self.proposals[leaf] for leaf, box in self.boxes.items() if box.isChecked()}

    def accept(self) -> None:
        chosen = self.ticked()
        self.clear()
        if chosen:
            self.accepted.emit(chosen)
