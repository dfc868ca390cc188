/**
 * The default NSB capacity self-assessment questionnaire (issue 15): six areas, one question
 * each, five written levels (0-4), in English, French and Spanish.
 */
import type { TemplateContent } from "../../src/domain/assessments/template";

type Texts = readonly [en: string, fr: string, es: string];
const t = ([en, fr, es]: Texts) => ({ en, fr, es });

interface AreaSeed {
  key: string;
  title: Texts;
  question: Texts;
  levels: readonly [Texts, Texts, Texts, Texts, Texts];
}

// prettier-ignore
const AREAS: readonly AreaSeed[] = [
  {
    key: "governance",
    title: ["Governance", "Gouvernance", "Gobernanza"],
    question: [
      "How is the NSB governed, and how are its standardization decisions taken and made public?",
      "Comment l'ONN est-il gouverné, et comment ses décisions de normalisation sont-elles prises et rendues publiques ?",
      "¿Cómo se gobierna el ONN y cómo se toman y se hacen públicas sus decisiones de normalización?",
    ],
    levels: [
      ["No defined governance for standardization.", "Aucune gouvernance définie pour la normalisation.", "No hay una gobernanza definida para la normalización."],
      ["A mandate exists, but roles and decisions are informal.", "Un mandat existe, mais les rôles et les décisions restent informels.", "Existe un mandato, pero las funciones y las decisiones son informales."],
      ["A board and written rules exist; they are applied unevenly.", "Un conseil et des règles écrites existent ; ils sont appliqués de manière inégale.", "Existen un consejo y reglas escritas; se aplican de forma desigual."],
      ["Rules are applied consistently; decisions are recorded and published.", "Les règles sont appliquées de manière constante ; les décisions sont consignées et publiées.", "Las reglas se aplican de forma constante; las decisiones se registran y se publican."],
      ["Governance is reviewed regularly against a strategy, with stakeholders represented on the board.", "La gouvernance est revue régulièrement au regard d'une stratégie, avec des parties prenantes représentées au conseil.", "La gobernanza se revisa periódicamente con respecto a una estrategia, con las partes interesadas representadas en el consejo."],
    ],
  },
  {
    key: "gsp",
    title: ["Standards development process (Good Standardization Practices)", "Processus d'élaboration des normes (bonnes pratiques de normalisation)", "Proceso de elaboración de normas (buenas prácticas de normalización)"],
    question: [
      "How far does the NSB's standards development follow Good Standardization Practices (openness, consensus, public enquiry, review)?",
      "Dans quelle mesure l'élaboration des normes de l'ONN suit-elle les bonnes pratiques de normalisation (ouverture, consensus, enquête publique, révision) ?",
      "¿En qué medida la elaboración de normas del ONN sigue las buenas prácticas de normalización (apertura, consenso, consulta pública, revisión)?",
    ],
    levels: [
      ["No documented procedure for developing standards.", "Aucune procédure documentée pour élaborer les normes.", "No hay un procedimiento documentado para elaborar normas."],
      ["A procedure exists but committees rarely follow it.", "Une procédure existe, mais les comités la suivent rarement.", "Existe un procedimiento, pero los comités rara vez lo siguen."],
      ["Committees follow the procedure; public enquiry is sometimes skipped.", "Les comités suivent la procédure ; l'enquête publique est parfois omise.", "Los comités siguen el procedimiento; a veces se omite la consulta pública."],
      ["Every standard goes through committee consensus and public enquiry; a work programme is published.", "Chaque norme passe par le consensus d'un comité et une enquête publique ; un programme de travail est publié.", "Cada norma pasa por el consenso de un comité y la consulta pública; se publica un programa de trabajo."],
      ["The process is audited against GSP and standards are reviewed at least every five years.", "Le processus est audité au regard des bonnes pratiques et les normes sont révisées au moins tous les cinq ans.", "El proceso se audita con respecto a las buenas prácticas y las normas se revisan al menos cada cinco años."],
    ],
  },
  {
    key: "iso-participation",
    title: ["Participation in ISO technical work", "Participation aux travaux techniques de l'ISO", "Participación en el trabajo técnico de ISO"],
    question: [
      "How actively does the NSB take part in ISO technical committees?",
      "Avec quelle intensité l'ONN participe-t-il aux comités techniques de l'ISO ?",
      "¿Con qué intensidad participa el ONN en los comités técnicos de ISO?",
    ],
    levels: [
      ["No membership of ISO technical committees.", "Aucune adhésion à des comités techniques de l'ISO.", "Ninguna membresía en comités técnicos de ISO."],
      ["Observer (O-member) of a few committees; no votes cast.", "Membre observateur (membre O) de quelques comités ; aucun vote exprimé.", "Miembro observador (miembro O) de algunos comités; no emite votos."],
      ["Participating (P-member) in some committees; votes cast irregularly.", "Membre participant (membre P) de certains comités ; votes exprimés de manière irrégulière.", "Miembro participante (miembro P) en algunos comités; vota de forma irregular."],
      ["Votes cast on time with national mirror committees' positions; experts attend meetings.", "Votes exprimés à temps selon les positions des comités miroirs nationaux ; des experts assistent aux réunions.", "Vota a tiempo con las posiciones de los comités espejo nacionales; los expertos asisten a las reuniones."],
      ["Holds leadership roles (chair, secretary, convener) or twinning, and submits comments and proposals.", "Occupe des postes de direction (présidence, secrétariat, animation) ou un jumelage, et soumet des commentaires et des propositions.", "Ocupa cargos de liderazgo (presidencia, secretaría, coordinación) o un hermanamiento, y presenta comentarios y propuestas."],
    ],
  },
  {
    key: "adoption-promotion",
    title: ["National adoption and promotion of standards", "Adoption nationale et promotion des normes", "Adopción nacional y promoción de las normas"],
    question: [
      "How does the NSB adopt ISO standards nationally and promote their use?",
      "Comment l'ONN adopte-t-il les normes ISO au niveau national et en promeut-il l'utilisation ?",
      "¿Cómo adopta el ONN las normas ISO a nivel nacional y promueve su uso?",
    ],
    levels: [
      ["ISO standards are not adopted nationally.", "Les normes ISO ne sont pas adoptées au niveau national.", "Las normas ISO no se adoptan a nivel nacional."],
      ["A few adoptions, chosen case by case; no promotion.", "Quelques adoptions, choisies au cas par cas ; aucune promotion.", "Algunas adopciones, elegidas caso por caso; ninguna promoción."],
      ["Adoptions follow national priorities; standards are sold but rarely promoted.", "Les adoptions suivent les priorités nationales ; les normes sont vendues mais rarement promues.", "Las adopciones siguen las prioridades nacionales; las normas se venden pero rara vez se promueven."],
      ["Adoptions are planned with regulators and industry; awareness events are held every year.", "Les adoptions sont planifiées avec les autorités de réglementation et l'industrie ; des actions de sensibilisation ont lieu chaque année.", "Las adopciones se planifican con los reguladores y la industria; se celebran actividades de sensibilización cada año."],
      ["The use of adopted standards is measured (sales, regulation references, certifications) and guides the plan.", "L'utilisation des normes adoptées est mesurée (ventes, références réglementaires, certifications) et oriente le plan.", "El uso de las normas adoptadas se mide (ventas, referencias en la reglamentación, certificaciones) y orienta el plan."],
    ],
  },
  {
    key: "stakeholders",
    title: ["Stakeholder engagement", "Engagement des parties prenantes", "Participación de las partes interesadas"],
    question: [
      "How are stakeholders (government, industry and SMEs, academia, consumers, NGOs) involved in the NSB's work?",
      "Comment les parties prenantes (pouvoirs publics, industrie et PME, monde universitaire, consommateurs, ONG) sont-elles associées aux travaux de l'ONN ?",
      "¿Cómo participan las partes interesadas (gobierno, industria y pymes, academia, consumidores, ONG) en el trabajo del ONN?",
    ],
    levels: [
      ["Stakeholders are not involved.", "Les parties prenantes ne sont pas associées.", "Las partes interesadas no participan."],
      ["Stakeholders are informed of published standards only.", "Les parties prenantes sont seulement informées des normes publiées.", "Solo se informa a las partes interesadas de las normas publicadas."],
      ["Some stakeholder groups sit on committees; others are missing.", "Certains groupes de parties prenantes siègent dans les comités ; d'autres manquent.", "Algunos grupos de partes interesadas forman parte de los comités; faltan otros."],
      ["Committees are balanced across stakeholder groups and consultations are open to all.", "Les comités sont équilibrés entre les groupes de parties prenantes et les consultations sont ouvertes à tous.", "Los comités están equilibrados entre los grupos de partes interesadas y las consultas están abiertas a cualquier persona interesada."],
      ["Stakeholder engagement is planned, resourced and evaluated, including SMEs and consumers.", "L'engagement des parties prenantes est planifié, doté de ressources et évalué, PME et consommateurs compris.", "La participación de las partes interesadas se planifica, se dota de recursos y se evalúa, incluidas las pymes y los consumidores."],
    ],
  },
  {
    key: "gender",
    title: ["Gender responsiveness", "Prise en compte du genre", "Perspectiva de género"],
    question: [
      "How does the NSB make its standards and its standardization work gender-responsive?",
      "Comment l'ONN intègre-t-il la dimension de genre dans ses normes et ses travaux de normalisation ?",
      "¿Cómo integra el ONN la perspectiva de género en sus normas y en su trabajo de normalización?",
    ],
    levels: [
      ["Gender is not considered.", "Le genre n'est pas pris en compte.", "No se tiene en cuenta el género."],
      ["Awareness exists but no action has been taken.", "Une sensibilisation existe, mais aucune action n'a été engagée.", "Existe sensibilización, pero no se ha tomado ninguna medida."],
      ["The NSB has signed the Gender Responsive Standards Declaration or has a gender focal person.", "L'ONN a signé la Déclaration sur les normes tenant compte du genre ou dispose d'une personne référente pour le genre.", "El ONN ha firmado la Declaración sobre normas con perspectiva de género o cuenta con una persona de referencia para el género."],
      ["A gender action plan is followed; women's participation in committees is tracked.", "Un plan d'action pour le genre est suivi ; la participation des femmes aux comités est mesurée.", "Se sigue un plan de acción de género; se mide la participación de las mujeres en los comités."],
      ["New and revised standards are checked for gender impacts and the results are reported.", "Les normes nouvelles et révisées sont examinées sous l'angle de leurs effets sur le genre, et les résultats sont communiqués.", "Las normas nuevas y revisadas se examinan en cuanto a sus efectos de género y se informa de los resultados."],
    ],
  },
];

export const DEFAULT_TEMPLATE_TITLE = "NSB capacity self-assessment";
export const DEFAULT_TEMPLATE_DESCRIPTION =
  "Six areas of an NSB's capacity, each scored from 0 (not in place) to 4 (established and improving) against written levels, with evidence notes.";

export const DEFAULT_TEMPLATE: TemplateContent = {
  areas: AREAS.map((area) => ({
    key: area.key,
    title: t(area.title),
    questions: [{ key: `${area.key}-1`, text: t(area.question), levels: area.levels.map(t) }],
  })),
};
