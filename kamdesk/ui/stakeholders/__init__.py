"""Stakeholder maps (决策链) in the desktop app.

* :mod:`.page` — ``MapsPage``: the list of maps, the org-chart canvas, insights,
  the selected person's attitude timeline, a date picker for the map as it stood.
* :mod:`.scene` / :mod:`.view` — the canvas (boxes, connectors, zoom).
* :mod:`.person_dialog` — add or edit a person (every stakeholder field,
  personality advice and MAN guidance shown live).
* :mod:`.our_people` — our people and whom they cover.
* :mod:`.page_export` — ``MapExports``: PDF, PNG and print of the map on screen
  (printing shows the exported PDF); :mod:`.export` draws the PNG.
* :mod:`.account_panel` — ``AccountMapPanel``: a stakeholder summary with the
  insights for one account, for the accounts page to embed.
"""
