"""Export the (filtered) account list to CSV/XLSX and contacts to vCard.

Private contact details leave the laptop only when the user ticks it in the
vCard dialog (both boxes start unticked)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kamdesk import clock
from kamdesk.services import accounts as account_service
from kamdesk.services.exchange import exports as export_service
from kamdesk.ui.accounts.contacts.contact_form import PRIVATE_STYLE
from kamdesk.ui.context import AppContext
from kamdesk.ui.widgets import messages
from kamdesk.ui.widgets.jobs import JobProgress, run_job


def _ask_path(parent: QWidget | None, title: str, name: str, pattern: str) -> Path | None:
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), pattern)
    return Path(chosen) if chosen else None


def export_accounts(
    parent: QWidget | None,
    ctx: AppContext,
    f: account_service.AccountFilter,
    fmt: str,
    *,
    path: Path | None = None,
) -> int | None:
    """Write the list as the filter shows it; returns how many accounts went."""
    title = QCoreApplication.translate("AccountExport", "Export accounts")
    if path is None:
        stamp = clock.today().strftime("%Y%m%d")
        pattern = (
            QCoreApplication.translate("AccountExport", "Excel workbook (*.xlsx)")
            if fmt == "xlsx"
            else QCoreApplication.translate("AccountExport", "CSV file (*.csv)")
        )
        path = _ask_path(
            parent, title, f"{QCoreApplication.translate('AccountExport', 'accounts')}-{stamp}.{fmt}", pattern
        )
        if path is None:
            return None
    if path.suffix.lower() != f".{fmt}":
        path = path.with_suffix(f".{fmt}")
    target = path

    def work(progress: JobProgress) -> int:
        return export_service.export_accounts(ctx.db, target, f, lang=ctx.lang, progress=progress.report)

    written = run_job(
        parent,
        title,
        work,
        label=QCoreApplication.translate("AccountExport", "Writing {name}…").format(name=target.name),
    )
    if written is not None:
        messages.show_info(
            parent,
            title,
            QCoreApplication.translate("AccountExport", "{n} accounts written to {path}.").format(
                n=written, path=str(target)
            ),
        )
    return written


class VCardOptions(QDialog):
    """Ask what goes into the vCard file; private details default to no."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export contacts as vCard"))
        warn = QLabel(
            self.tr(
                "Personal details (birthday, family, interests, social ties…) and contacts marked "
                "private normally stay on this laptop."
            )
        )
        warn.setWordWrap(True)
        warn.setStyleSheet(PRIVATE_STYLE)
        self.private_details = QCheckBox(self.tr("Include personal details"))
        self.private_contacts = QCheckBox(self.tr("Include contacts marked private"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(warn)
        lay.addWidget(self.private_details)
        lay.addWidget(self.private_contacts)
        lay.addWidget(buttons)


def export_vcards(
    parent: QWidget | None,
    ctx: AppContext,
    *,
    account_uuid: str | None,
    path: Path | None = None,
    include_private: bool | None = None,
    include_private_contacts: bool | None = None,
) -> export_service.VCardExport | None:
    """Contacts of one account (or all) as one .vcf file."""
    title = QCoreApplication.translate("AccountExport", "Export contacts as vCard")
    if include_private is None or include_private_contacts is None:
        options = VCardOptions(parent)
        if options.exec() != QDialog.DialogCode.Accepted:
            return None
        include_private = options.private_details.isChecked()
        include_private_contacts = options.private_contacts.isChecked()
    if path is None:
        path = _ask_path(
            parent,
            title,
            f"{QCoreApplication.translate('AccountExport', 'contacts')}.vcf",
            QCoreApplication.translate("AccountExport", "vCard file (*.vcf)"),
        )
        if path is None:
            return None
    if path.suffix.lower() not in (".vcf", ".vcard"):
        path = path.with_suffix(".vcf")
    target = path
    private, private_contacts = bool(include_private), bool(include_private_contacts)

    def work(_progress: JobProgress) -> export_service.VCardExport:
        return export_service.export_contacts_vcard(
            ctx.db,
            target,
            account_uuids=(account_uuid,) if account_uuid else None,
            include_private=private,
            include_private_contacts=private_contacts,
            lang=ctx.lang,
        )

    result = run_job(parent, title, work)
    if result is not None:
        text = QCoreApplication.translate("AccountExport", "{n} contacts written to {path}.").format(
            n=result.written, path=str(target)
        )
        if result.private_contacts_left_out:
            text += "\n" + QCoreApplication.translate(
                "AccountExport", "{n} private contacts were left out."
            ).format(n=result.private_contacts_left_out)
        messages.show_info(parent, title, text)
    return result
