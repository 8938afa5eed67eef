"""Find a student by typing: a name or pinyin initials (``zs`` → 张三), the matches below, a click picks one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app import students
from app.errors import BaoxueError
from app.ui.widgets import error_text, info_label


class StudentPicker(QWidget):
    """Type a name or pinyin initials (``zs`` → 张三); the matches appear below; a click picks one."""

    chosen = Signal(int)
    LIMIT = 20

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._student: tuple[int, str, str] | None = None  # id, name, class
        self.edit = QLineEdit()
        self.edit.setObjectName("studentSearch")
        self.edit.setPlaceholderText(self.tr("Type a name or pinyin initials, e.g. zs for \u5f20\u4e09"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self.search)
        self.edit.returnPressed.connect(self._pick_single)
        self.results = QListWidget()
        self.results.setObjectName("studentResults")
        self.results.setMaximumHeight(110)
        self.results.setVisible(False)
        self.results.itemClicked.connect(self._on_item)
        self.results.itemActivated.connect(self._on_item)
        self.label = info_label("chosenStudent")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        layout.addWidget(self.label)
        self._show_choice()

    def student_id(self) -> int | None:
        return self._student[0] if self._student else None

    def set_student(self, student_id: int, name: str, class_name: str = "") -> None:
        self._student = (student_id, name, class_name)
        self.edit.setText(name)
        self.results.clear()
        self.results.setVisible(False)
        self._show_choice()
        self.chosen.emit(student_id)

    @Slot(str)
    def search(self, text: str) -> int:
        """Show the students matching ``text``; returns how many."""
        self.results.clear()
        text = text.strip()
        if self._student is not None and text != self._student[1]:
            self._student = None
            self._show_choice()
        if not text:
            self.results.setVisible(False)
            return 0
        try:
            rows = self.ctx.read(students.search, self.ctx.actor, text, limit=self.LIMIT)
        except BaoxueError as exc:
            self.label.setText(error_text(exc))
            return 0
        for r in rows:
            item = QListWidgetItem(f"{r.name}  \u00b7  {r.class_name}  \u00b7  {r.status_label}")
            item.setData(Qt.ItemDataRole.UserRole, (r.id, r.name, r.class_name))
            self.results.addItem(item)
        if not rows:
            item = QListWidgetItem(self.tr("No student matches \u201c{text}\u201d").format(text=text))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(item)
        self.results.setVisible(True)
        return len(rows)

    def pick_row(self, row: int) -> None:
        item = self.results.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self._on_item(item)

    @Slot()
    def _pick_single(self) -> None:
        if self.results.count() >= 1:
            self.pick_row(0)

    @Slot(QListWidgetItem)
    def _on_item(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.set_student(*data)

    def _show_choice(self) -> None:
        if self._student is None:
            self.label.setText(self.tr("No student chosen yet."))
            self.label.setStyleSheet("color: #666666;")
        else:
            _sid, name, cls = self._student
            self.label.setText(self.tr("Chosen: {name} ({cls})").format(name=name, cls=cls) if cls
                               else self.tr("Chosen: {name}").format(name=name))
            self.label.setStyleSheet("color: #2e7d32; font-weight: bold;")

