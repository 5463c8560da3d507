"""Stage moves, won and lost, shared by the board, the list and the editor:
the exit-criteria warning before a move, the reason asked for won/lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from kamdesk.domain.stages import Stage
from kamdesk.services import opportunities as ops
from kamdesk.ui.context import AppContext
from kamdesk.ui.widgets import messages


def move_with_check(ctx: AppContext, parent: QWidget | None, uuid: str, to_stage: Stage) -> bool:
    """Move ``uuid`` to ``to_stage``; when exit criteria of the stages passed
    are unticked, list them and ask before moving anyway (the move then
    records them). Moving to S marks it won. Returns True when it moved."""
    try:
        detail = ops.get_opportunity(ctx.db, uuid)
        if detail.stage is to_stage:
            return False
        unmet = ops.check_move(ctx.db, uuid, to_stage)
        if unmet:
            text = (
                QCoreApplication.translate(
                    "OpportunityMoves", "Moving “%1” from %2 to %3 leaves these exit criteria unmet:"
                )
                .replace("%1", detail.name)
                .replace("%2", detail.stage.code)
                .replace("%3", to_stage.code)
            )
            listing = "\n".join(f"• {line}" for line in unmet)
            ask = QCoreApplication.translate(
                "OpportunityMoves", "Move anyway? The unmet criteria are recorded in the stage history."
            )
            answer = QMessageBox.warning(
                parent,
                QCoreApplication.translate("OpportunityMoves", "Exit criteria not met"),
                f"{text}\n\n{listing}\n\n{ask}",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        result = ops.move_stage(ctx.db, uuid, to_stage, confirm_unmet=bool(unmet))
    except Exception as exc:  # UserError shown as its line; a bug logged
        messages.show_exception(parent, QCoreApplication.translate("OpportunityMoves", "Move stage"), exc)
        return False
    ctx.hub.publish(result.changes)
    return result.value.moved


def mark_won(ctx: AppContext, parent: QWidget | None, uuid: str) -> bool:
    reason, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("OpportunityMoves", "Won"),
        QCoreApplication.translate("OpportunityMoves", "Why did we win? (optional)"),
        QLineEdit.EchoMode.Normal,
        "",
    )
    if not ok:
        return False
    try:
        result = ops.close_won(ctx.db, uuid, reason)
    except Exception as exc:
        messages.show_exception(parent, QCoreApplication.translate("OpportunityMoves", "Won"), exc)
        return False
    ctx.hub.publish(result.changes)
    return True


def mark_lost(ctx: AppContext, parent: QWidget | None, uuid: str) -> bool:
    while True:
        reason, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("OpportunityMoves", "Lost"),
            QCoreApplication.translate("OpportunityMoves", "Why was it lost?"),
            QLineEdit.EchoMode.Normal,
            "",
        )
        if not ok:
            return False
        if reason.strip():
            break
        messages.show_error(
            parent,
            QCoreApplication.translate("OpportunityMoves", "Lost"),
            QCoreApplication.translate("OpportunityMoves", "Say why the opportunity was lost."),
        )
    try:
        result = ops.close_lost(ctx.db, uuid, reason)
    except Exception as exc:
        messages.show_exception(parent, QCoreApplication.translate("OpportunityMoves", "Lost"), exc)
        return False
    ctx.hub.publish(result.changes)
    return True


def delete(ctx: AppContext, parent: QWidget | None, uuid: str) -> bool:
    """Delete an opportunity after asking (its history, checklist and scores go with it)."""
    try:
        detail = ops.get_opportunity(ctx.db, uuid)
    except Exception as exc:
        messages.show_exception(parent, QCoreApplication.translate("OpportunityMoves", "Delete"), exc)
        return False
    question = QCoreApplication.translate(
        "OpportunityMoves", "Delete “%1” with its stage history, checklist, rivals and scores?"
    ).replace("%1", detail.name)
    if not messages.ask_yes_no(
        parent, QCoreApplication.translate("OpportunityMoves", "Delete"), question, default_yes=False
    ):
        return False
    result = ops.delete_opportunity(ctx.db, uuid)
    ctx.hub.publish(result.changes)
    return True
