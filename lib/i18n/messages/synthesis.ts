/**
 * Texts of the evidence synthesis on the detail page (funnel plot, leave-one-out, certainty, effects in plain
 * language), Dutch first; nl.ts and en.ts mount them under "synthesis".
 */
export const synthesisNl = {
  biasTitle: "Publicatiebias en gevoeligheid",
  lowPower:
    "Met minder dan 10 studies ({k}) hebben deze toetsen weinig onderscheidend vermogen: een uitkomst zonder aanwijzing voor bias zegt dan weinig.",
  funnelTitle: "Funnel plot: {outcome}",
  funnelAria:
    "Funnel plot van {k} studies: effect tegen standaardfout; {filled, plural, =0 {geen studies aangevuld} one {# studie aangevuld door trim-and-fill} other {# studies aangevuld door trim-and-fill}}.",
  funnelLegend:
    "Elke stip is een studie (links minder effect, rechts meer; boven de grote, precieze studies). Zonder publicatiebias liggen de stippen symmetrisch binnen de trechter (95%-gebied rond het gepoolde effect). Open rondjes zijn studies die trim-and-fill aanvult aan de kant waar ze lijken te ontbreken.",
  axisEffect: "Effect (g)",
  axisSe: "Standaardfout",
  observed: "waargenomen",
  imputed: "aangevuld (trim-and-fill)",
  study: "Studie",
  kind: "Soort",
  se: "SE",
  egger: "Eggers regressietoets: z = {stat}, p = {p}",
  rank: "Rangcorrelatietoets (Begg): Kendalls tau = {tau}, p = {p}",
  trimfill:
    "Trim-and-fill: {k0, plural, =0 {geen ontbrekende studies geschat} one {# ontbrekende studie geschat ({side})} other {# ontbrekende studies geschat ({side})}}; effect na aanvullen {estimate}",
  sideLeft: "links",
  sideRight: "rechts",
  notComputed: "{test}: niet te berekenen ({reason})",
  eggerName: "Eggers toets",
  rankName: "Rangcorrelatietoets",
  trimfillName: "Trim-and-fill",
  leaveOneOutTitle: "Zonder één studie: {outcome}",
  leaveOneOutAria: "Het gepoolde effect telkens zonder één van de {k} studies.",
  leaveOneOutLegend:
    "Elke regel is het gepoolde effect zonder de genoemde studie, met 95%-betrouwbaarheidsinterval; de stippellijn is het effect met alle studies. Verschuift één regel sterk, dan hangt het effect van die studie af.",
  without: "zonder {label}",
  estimateCi: "g [95%-BI]",
  fitFailed: "niet te berekenen: {reason}",
  certaintyTitle: "Zekerheid: {level}",
  certaintyIntro: "Hoe zeker is dit effect? Beoordeeld met vaste regels naar het voorbeeld van GRADE:",
  certaintyLevel: { high: "hoog", moderate: "redelijk", low: "laag", "very-low": "zeer laag" },
  certaintyOverride: "Aangepast door de redactie",
  certaintyHistory: "Aanpassingen van de zekerheid door de redactie",
  certaintyHistoryEntry: "{date}, {actor}: zekerheid {level}. {reason}",
  certaintyComputed: "terug naar de berekende",
  plainTitle: "Wat betekent dit voor 100 gezinnen?",
  compact:
    "Van 100 gezinnen doen er ≈ {u3} het beter dan gemiddeld zonder · NNT ≈ {nnt} (benaderingen: U3, Kraemer–Kupfer)",
  u3: "Van 100 gezinnen met de interventie doen er ongeveer {u3} het beter dan het gemiddelde gezin zonder (95%-BI {lower}–{upper}; 50 betekent geen effect).",
  u3NoCi:
    "Van 100 gezinnen met de interventie doen er ongeveer {u3} het beter dan het gemiddelde gezin zonder (50 betekent geen effect).",
  nnt: "Ongeveer {nnt} gezinnen moeten meedoen om er één extra te laten verbeteren (95%-BI {lower}–{upper}).",
  nntNoCi: "Ongeveer {nnt} gezinnen moeten meedoen om er één extra te laten verbeteren.",
  nntCrosses:
    "Het aantal gezinnen dat moet meedoen om er één extra te laten verbeteren is {nnt}, maar onzeker: het interval loopt van {lower} via 'geen effect' tot schade bij 1 op {harm}.",
  nntCrossesNoHarm:
    "Het aantal gezinnen dat moet meedoen om er één extra te laten verbeteren is {nnt}, maar onzeker: het interval loopt van {lower} tot 'geen effect'.",
  nntHarm: "Bij ongeveer 1 op {nnt} gezinnen gaat het slechter dan zonder de interventie.",
  approximation:
    "Benaderingen: U3 = Φ(g) (Cohen) en NNT = 1 / (2Φ(g/√2) − 1) (Kraemer en Kupfer, 2006), onder de aanname van normaal verdeelde uitkomsten.",
};

export const synthesisEn: typeof synthesisNl = {
  biasTitle: "Publication bias and sensitivity",
  lowPower: "With fewer than 10 studies ({k}) these tests have little power: finding no sign of bias then says little.",
  funnelTitle: "Funnel plot: {outcome}",
  funnelAria:
    "Funnel plot of {k} studies: effect against standard error; {filled, plural, =0 {no studies filled in} one {# study filled in by trim and fill} other {# studies filled in by trim and fill}}.",
  funnelLegend:
    "Each dot is a study (left less effect, right more; large, precise studies at the top). Without publication bias the dots lie symmetrically inside the funnel (the 95% region around the pooled effect). Open circles are studies that trim and fill adds on the side where they seem to be missing.",
  axisEffect: "Effect (g)",
  axisSe: "Standard error",
  observed: "observed",
  imputed: "filled in (trim and fill)",
  study: "Study",
  kind: "Kind",
  se: "SE",
  egger: "Egger's regression test: z = {stat}, p = {p}",
  rank: "Rank correlation test (Begg): Kendall's tau = {tau}, p = {p}",
  trimfill:
    "Trim and fill: {k0, plural, =0 {no missing studies estimated} one {# missing study estimated ({side})} other {# missing studies estimated ({side})}}; effect after filling {estimate}",
  sideLeft: "left",
  sideRight: "right",
  notComputed: "{test}: cannot be computed ({reason})",
  eggerName: "Egger's test",
  rankName: "Rank correlation test",
  trimfillName: "Trim and fill",
  leaveOneOutTitle: "Leaving one study out: {outcome}",
  leaveOneOutAria: "The pooled effect without each of the {k} studies in turn.",
  leaveOneOutLegend:
    "Each line is the pooled effect without the named study, with its 95% confidence interval; the dashed line is the effect with all studies. If one line moves a lot, the effect depends on that study.",
  without: "without {label}",
  estimateCi: "g [95% CI]",
  fitFailed: "cannot be computed: {reason}",
  certaintyTitle: "Certainty: {level}",
  certaintyIntro: "How certain is this effect? Judged by fixed rules after the example of GRADE:",
  certaintyLevel: { high: "high", moderate: "moderate", low: "low", "very-low": "very low" },
  certaintyOverride: "Adjusted by the editors",
  certaintyHistory: "The editors' adjustments of the certainty",
  certaintyHistoryEntry: "{date}, {actor}: certainty {level}. {reason}",
  certaintyComputed: "back to the computed one",
  plainTitle: "What does this mean for 100 families?",
  compact:
    "Of 100 families ≈ {u3} do better than the average without · NNT ≈ {nnt} (approximations: U3, Kraemer–Kupfer)",
  u3: "Of 100 families with the intervention, about {u3} do better than the average family without it (95% CI {lower}–{upper}; 50 means no effect).",
  u3NoCi:
    "Of 100 families with the intervention, about {u3} do better than the average family without it (50 means no effect).",
  nnt: "About {nnt} families need to take part for one more of them to improve (95% CI {lower}–{upper}).",
  nntNoCi: "About {nnt} families need to take part for one more of them to improve.",
  nntCrosses:
    "The number of families that need to take part for one more to improve is {nnt}, but uncertain: the interval runs from {lower} through 'no effect' to harm in 1 in {harm}.",
  nntCrossesNoHarm:
    "The number of families that need to take part for one more to improve is {nnt}, but uncertain: the interval runs from {lower} to 'no effect'.",
  nntHarm: "About 1 in {nnt} families does worse than without the intervention.",
  approximation:
    "Approximations: U3 = Φ(g) (Cohen) and NNT = 1 / (2Φ(g/√2) − 1) (Kraemer and Kupfer, 2006), assuming normally distributed outcomes.",
};
