/** Texts of the evidence gap map (/bewijskaart), Dutch first; nl.ts and en.ts mount them under "evidenceMap". */
export const evidenceMapNl = {
  title: "Bewijskaart",
  intro:
    "Voor welke uitkomsten en welke gezinnen is er onderzoek naar interventies, en waar niet? Elk vak telt de interventies met geaccepteerd bewijs op die uitkomst voor die doelgroep. Lege vakken zijn gaten in het bewijs: daar weet niemand of een aanbod werkt.",
  columnsLabel: "Kolommen",
  columns: {
    adviceGroup: "Doelgroepen van de Gezondheidsraad",
    targetGroup: "Preventieniveaus",
  },
  outcome: "Uitkomst",
  chartCaption: "Interventies met bewijs per uitkomst en doelgroep. Klik op een vak voor die interventies.",
  cellLabel:
    "{outcome}, {column}: {interventions, plural, one {# interventie} other {# interventies}}, {studies, plural, one {# studie} other {# studies}}",
  interventions: "{count, plural, one {# interventie} other {# interventies}}",
  studies: "{count, plural, one {# studie} other {# studies}}",
  gap: "Geen bewijs",
  bestCertainty: "beste zekerheid: {level}",
  largestEffect: "grootste effect g = {value}",
  legend: "Legenda",
  legendGap: "gat: geen interventie met bewijs",
  legendScale: "meer interventies: donkerder",
  tableSummary: "Dezelfde gegevens als tabel",
  tableCaption: "Bewijskaart als tabel",
  tableHeaders: {
    outcome: "Uitkomst",
    column: "Doelgroep",
    interventions: "Interventies",
    studies: "Studies",
    bestCertainty: "Beste zekerheid",
    largestEffect: "Grootste effect (g)",
  },
  none: "—",
  certainty: { high: "hoog", moderate: "redelijk", low: "laag", "very-low": "zeer laag" },
};

export const evidenceMapEn: typeof evidenceMapNl = {
  title: "Evidence gap map",
  intro:
    "For which outcomes and which families is there research on interventions, and where is there none? Each cell counts the interventions with accepted evidence on that outcome for that group. Empty cells are gaps in the evidence: nobody knows whether an offer works there.",
  columnsLabel: "Columns",
  columns: {
    adviceGroup: "Health Council target groups",
    targetGroup: "Prevention levels",
  },
  outcome: "Outcome",
  chartCaption: "Interventions with evidence per outcome and group. Select a cell for those interventions.",
  cellLabel:
    "{outcome}, {column}: {interventions, plural, one {# intervention} other {# interventions}}, {studies, plural, one {# study} other {# studies}}",
  interventions: "{count, plural, one {# intervention} other {# interventions}}",
  studies: "{count, plural, one {# study} other {# studies}}",
  gap: "No evidence",
  bestCertainty: "best certainty: {level}",
  largestEffect: "largest effect g = {value}",
  legend: "Legend",
  legendGap: "gap: no intervention with evidence",
  legendScale: "more interventions: darker",
  tableSummary: "The same data as a table",
  tableCaption: "Evidence gap map as a table",
  tableHeaders: {
    outcome: "Outcome",
    column: "Group",
    interventions: "Interventions",
    studies: "Studies",
    bestCertainty: "Best certainty",
    largestEffect: "Largest effect (g)",
  },
  none: "—",
  certainty: { high: "high", moderate: "moderate", low: "low", "very-low": "very low" },
};
