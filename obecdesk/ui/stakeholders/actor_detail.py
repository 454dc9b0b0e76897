"""The read-only card of the selected actor: contacts, scores, bodies and relations."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from obecdesk.core.formatting import date_text
from obecdesk.core.stakeholders.actor_fields import ActorInfo, attitude_text
from obecdesk.core.vocabulary.stakeholders import RelationKind, Sector
from obecdesk.errors import UserError
from obecdesk.ui.i18n import vocab
from obecdesk.ui.services import Services


class ActorDetail(QTextBrowser):
    """Shows one actor as a short card; empty text tells the user to pick someone."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actor-detail")
        self.services = services
        self.setOpenLinks(False)
        self.show_actor(None)

    def show_actor(self, actor: ActorInfo | None) -> None:
        if actor is None:
            hint = self.tr("Vyberte aktéra v seznamu.")
            self.setHtml(f"<p style='color:#777'>{escape(hint)}</p>")
            return
        try:
            bodies = self.services.bodies.of_actor(actor.id)
            relations = self.services.relations.of_actor(actor.id)
        except UserError:  # deleted in the meantime; the list refreshes right after
            bodies, relations = [], []
        rows = [
            (self.tr("Organizace"), actor.organisation_name),
            (self.tr("Sektor"), vocab(Sector.label_of(actor.sector))),
            (self.tr("Role"), actor.role),
            (self.tr("E-mail"), actor.email),
            (self.tr("Telefon"), actor.phone),
            (self.tr("Adresa"), actor.address),
            (self.tr("Vliv / postoj / zájem"),
             f"{actor.influence} / {attitude_text(actor.attitude)} / {actor.interest}"),
            (self.tr("Rozhoduje"), self.tr("ano") if actor.decision_power else self.tr("ne")),
            (self.tr("Štítky"), ", ".join(actor.tags)),
        ]
        if actor.is_person and not actor.erased:
            rows += [
                (self.tr("Právní základ"), actor.legal_basis),
                (self.tr("Souhlas ze dne"), date_text(actor.consent_date)),
                (self.tr("Účel"), actor.purpose),
            ]
        html = [f"<h3>{escape(actor.name)}</h3>"]
        if actor.erased:
            erased = self.tr("Osobní údaje byly vymazány.")
            html.append(f"<p><i>{escape(erased)}</i></p>")
        if actor.lacks_legal_basis:
            missing = self.tr("chybí právní základ")
            html.append(f"<p style='color:#a11d1d'><b>⚠ {escape(missing)}</b></p>")
        html.append("<table cellspacing='2'>")
        html += [f"<tr><td style='color:#555;padding-right:8px'>{escape(label)}</td>"
                 f"<td>{escape(value)}</td></tr>" for label, value in rows if value]
        html.append("</table>")
        if actor.notes:
            html.append(f"<p>{escape(actor.notes)}</p>")
        bodies_title, relations_title = self.tr("Orgány partnerství"), self.tr("Vztahy")
        html.append(f"<h4>{escape(bodies_title)}</h4>")
        html.append(self._list([b.name for b in bodies]))
        html.append(f"<h4>{escape(relations_title)}</h4>")
        html.append(self._list([
            f"{r.source_name} {vocab(RelationKind.label_of(r.kind))} {r.target_name}"
            for r in relations
        ]))
        self.setHtml("".join(html))

    def _list(self, items: list[str]) -> str:
        if not items:
            nothing = self.tr("žádné")
            return f"<p style='color:#777'>{escape(nothing)}</p>"
        return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"
