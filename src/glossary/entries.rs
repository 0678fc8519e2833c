//! The glossary's content (Begrippen): one entry per course concept of `docs/concepts.md`, in our
//! own words, in Dutch and English, with where the concept can be seen in Klantcyclus. Plain data,
//! free of Leptos and the DOM; the dialog around it lives next to this module.

use model::Language;

/// Where in the simulator a concept can be seen; the UI turns this into a link/button.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// The diagram "Klantrelatiecyclus".
    CycleDiagram,
    /// The chart "Mensen per fase" / "People per phase".
    PhasesChart,
    /// The chart "Klantervaring" / "Customer experience".
    ExperienceChart,
    /// The chart "Net Promoter Score".
    NpsChart,
    /// The chart "Klantwaarde (CLV)" / "Customer value (CLV)".
    ClvChart,
    /// The chart "Omzet, kosten en winst" / "Revenue, costs and profit".
    FinanceChart,
    /// The key figures (Kerncijfers): NPS, satisfaction, CLV, retention, profit.
    KeyFigures,
    /// The levers of "Jouw beleid".
    Levers,
    /// The customer pyramid view (Piramide).
    Pyramid,
    /// The panel "Volg een klant" / "Follow a customer".
    FollowCustomer,
    /// The lessons (Lessen).
    Lessons,
    /// The app as a whole.
    WholeApp,
}

/// A concept in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Side {
    /// The term as students know it.
    pub term: &'static str,
    /// What it means, in one to three plain sentences.
    pub meaning: &'static str,
    /// Where and how to see it in Klantcyclus (or, honestly, that it is only explained here).
    pub in_simulator: &'static str,
}

/// One glossary entry.
#[derive(Debug, PartialEq, Eq)]
pub struct Concept {
    /// Short ASCII kebab-case key, for links ("nps", "binding-financieel").
    pub id: &'static str,
    /// Dutch.
    pub nl: Side,
    /// English.
    pub en: Side,
    /// Where the concept can be seen; at least one.
    pub places: &'static [Place],
    /// The Dutch term(s) exactly as written in the first column of docs/concepts.md before " (",
    /// used by the test; empty for concepts the UI needs that have no row of their own.
    pub source_terms: &'static [&'static str],
}

impl Concept {
    /// This concept in `language`.
    pub fn side(&self, language: Language) -> &Side {
        match language {
            Language::Nl => &self.nl,
            Language::En => &self.en,
        }
    }
}

const fn side(term: &'static str, meaning: &'static str, in_simulator: &'static str) -> Side {
    Side {
        term,
        meaning,
        in_simulator,
    }
}

const SERVICE_ROW: &str = "pre-sales / sales / after-sales service";
const BINDING_ROW: &str = "klantenbinding: financieel / sociaal / structureel";
const STRATEGY_ROW: &str =
    "Treacy & Wiersema: operational excellence / product leadership / customer intimacy";

/// Every concept, in the order the glossary lists them: the cycle first, then experience,
/// loyalty, service, binding, value and strategy.
pub const CONCEPTS: &[Concept] = &[
    // --- The cycle and its phases ---
    Concept {
        id: "klantrelatiecyclus",
        nl: side(
            "Klantrelatiecyclus",
            "Alle fasen die iemand doorloopt in de relatie met jouw bedrijf: van mogelijke klant \
             naar klant, en soms weer weg. Wie vertrekt, verdwijnt niet, maar wordt ex-klant en \
             kan later opnieuw klant worden.",
            "Het diagram Klantrelatiecyclus toont elke week hoeveel mensen in elke fase zitten; \
             hoe dikker een pijl, hoe meer mensen die week overstappen. De grafiek Mensen per fase \
             laat hetzelfde over de weken heen zien.",
        ),
        en: side(
            "Customer relationship cycle",
            "All the phases someone goes through in their relationship with your company: from \
             possible customer to customer, and sometimes away again. People who leave do not \
             vanish; they become former customers who may buy again later.",
            "The Customer relationship cycle diagram shows every week how many people are in each \
             phase; the thicker an arrow, the more people move that week. The chart People per \
             phase shows the same over time.",
        ),
        places: &[Place::CycleDiagram, Place::PhasesChart],
        source_terms: &["klantrelatiecyclus"],
    },
    Concept {
        id: "suspect",
        nl: side(
            "Suspect",
            "Iemand uit je doelgroep die jou nog niet echt kent, maar wel klant zou kunnen worden. \
             Je weet alleen dat deze persoon in het profiel past.",
            "De eerste fase in het diagram Klantrelatiecyclus. Met de knop Werving maak je meer \
             suspects nieuwsgierig, zodat ze prospect worden; ook promotors en ambassadeurs maken \
             suspects nieuwsgierig.",
        ),
        en: side(
            "Suspect",
            "Someone in your target group who does not really know you yet but could become a \
             customer. All you know is that they fit the profile.",
            "The first phase in the Customer relationship cycle diagram. The Acquisition lever \
             makes more suspects curious, so that they become prospects; promoters and ambassadors \
             do the same by recommending you.",
        ),
        places: &[
            Place::CycleDiagram,
            Place::PhasesChart,
            Place::FollowCustomer,
        ],
        source_terms: &["suspect"],
    },
    Concept {
        id: "prospect",
        nl: side(
            "Prospect",
            "Iemand uit je doelgroep die interesse heeft getoond, bijvoorbeeld door een offerte te \
             vragen of je winkel te bezoeken. Een prospect heeft nog niet gekocht en kan nog \
             steeds voor een concurrent kiezen.",
            "De tweede fase in het diagram Klantrelatiecyclus. Hoeveel prospects echt kopen, hangt \
             af van Pre-sales service, Sales service, Prijs, de concurrent en je imago. Prospects \
             die te lang twijfelen, zakken terug naar suspect.",
        ),
        en: side(
            "Prospect",
            "Someone in your target group who has shown interest, for example by asking for a \
             quote or visiting your shop. A prospect has not bought yet and may still choose a \
             competitor.",
            "The second phase in the Customer relationship cycle diagram. How many prospects \
             actually buy depends on Pre-sales service, Sales service, Price, the competitor and \
             your image. Prospects who hesitate too long drop back to suspect.",
        ),
        places: &[
            Place::CycleDiagram,
            Place::PhasesChart,
            Place::FollowCustomer,
        ],
        source_terms: &["prospect"],
    },
    Concept {
        id: "nieuwe-klant",
        nl: side(
            "Nieuwe klant",
            "Iemand die net bij je heeft gekocht, voor het eerst of na een tijd weg te zijn \
             geweest. De relatie is nog pril: valt de eerste ervaring tegen, dan is deze klant \
             snel weer weg.",
            "De derde fase in het diagram Klantrelatiecyclus. Wie een tijd klant blijft en \
             tevreden genoeg is, schuift door naar Loyale klanten. Klik op de fase om in Volg een \
             klant een nieuwe klant te volgen.",
        ),
        en: side(
            "New customer",
            "Someone who has just bought from you, for the first time or after being away for a \
             while. The relationship is still fragile: if the first experience disappoints, this \
             customer is soon gone again.",
            "The third phase in the Customer relationship cycle diagram. Customers who stay for a \
             while and are satisfied enough move on to Loyal customers. Click the phase to follow \
             a new customer in Follow a customer.",
        ),
        places: &[
            Place::CycleDiagram,
            Place::PhasesChart,
            Place::FollowCustomer,
        ],
        source_terms: &[],
    },
    Concept {
        id: "loyale-klant",
        nl: side(
            "Loyale klant",
            "Een klant die steeds opnieuw bij je koopt, omdat de ervaringen goed waren. Loyale \
             klanten zijn waardevol: ze blijven langer en hun vertrouwen maakt nieuwe verkopen \
             makkelijker.",
            "De vierde fase in het diagram Klantrelatiecyclus. Een nieuwe klant wordt loyaal als \
             die een tijd klant is en tevreden genoeg blijft. Ook een loyale klant kan nog \
             vertrekken en ex-klant worden.",
        ),
        en: side(
            "Loyal customer",
            "A customer who buys from you again and again because their experiences were good. \
             Loyal customers are valuable: they stay longer, and their trust makes every next sale \
             easier.",
            "The fourth phase in the Customer relationship cycle diagram. A new customer becomes \
             loyal after being a customer for a while and staying satisfied enough. A loyal \
             customer can still leave and become a former customer.",
        ),
        places: &[
            Place::CycleDiagram,
            Place::PhasesChart,
            Place::FollowCustomer,
        ],
        source_terms: &[],
    },
    Concept {
        id: "ambassadeur",
        nl: side(
            "Ambassadeur (referentie)",
            "Een klant die zo in je merk gelooft dat die je uit zichzelf aanraadt bij anderen. \
             Zo'n klant is ook een sterke referentie: nieuwe klanten geloven een tevreden klant \
             eerder dan je reclame.",
            "De vijfde fase in het diagram Klantrelatiecyclus: loyale klanten die al lang klant \
             zijn, heel tevreden zijn en op de NPS-vraag een 9 of 10 geven. Ambassadeurs brengen \
             elke week nieuwe prospects; dat zie je het best in de les “Ambassadeurs gezocht”.",
        ),
        en: side(
            "Ambassador (reference)",
            "A customer who believes in your brand so much that they recommend you to others \
             without being asked. Such a customer is also a strong reference: new customers trust \
             a satisfied customer more than your advertising.",
            "The fifth phase in the Customer relationship cycle diagram: loyal customers who have \
             been with you a long time, are very satisfied and give a 9 or 10 to the NPS question. \
             Ambassadors bring in new prospects every week; the lesson “Ambassadors wanted” shows \
             this best.",
        ),
        places: &[
            Place::CycleDiagram,
            Place::PhasesChart,
            Place::FollowCustomer,
            Place::Lessons,
        ],
        source_terms: &["ambassadeur / referentie"],
    },
    Concept {
        id: "ex-klant",
        nl: side(
            "Ex-klant",
            "Iemand die geen klant meer is, bijvoorbeeld door een slechte ervaring, een betere \
             concurrent of een te hoge prijs. Een ex-klant blijft in de markt en kan later \
             terugkomen, zeker als de slechte herinnering vervaagt.",
            "De laatste fase in het diagram Klantrelatiecyclus. Na een tijd, of door goede \
             verhalen van anderen, worden ex-klanten weer prospect. Volg je in Volg een klant \
             iemand die vertrekt, dan zie je de reden van vertrek.",
        ),
        en: side(
            "Former customer",
            "Someone who is no longer a customer, for example after a bad experience, because of a \
             better competitor or a price that was too high. A former customer stays in the market \
             and may come back later, especially once the bad memory fades.",
            "The last phase in the Customer relationship cycle diagram. After a while, or through \
             good stories from others, former customers become prospects again. Follow someone who \
             leaves in Follow a customer to see the reason they left.",
        ),
        places: &[
            Place::CycleDiagram,
            Place::PhasesChart,
            Place::FollowCustomer,
        ],
        source_terms: &[],
    },
    // --- Customers and markets ---
    Concept {
        id: "klant",
        nl: side(
            "Klant",
            "Een persoon of organisatie die een product of dienst van je afneemt en daar iets voor \
             teruggeeft, meestal geld. Zonder klanten geen omzet.",
            "In Klantcyclus is iemand klant vanaf de eerste aankoop; in het diagram \
             Klantrelatiecyclus zijn dat de fasen Nieuwe klanten, Loyale klanten en Ambassadeurs \
             samen. In Volg een klant zie je wat één klant bestelt en oplevert.",
        ),
        en: side(
            "Customer",
            "A person or organisation that gets a product or service from you and gives something \
             back for it, usually money. No customers, no revenue.",
            "In Klantcyclus someone becomes a customer with their first purchase; in the Customer \
             relationship cycle diagram those are the phases New customers, Loyal customers and \
             Ambassadors together. Follow a customer shows what one customer orders and brings in.",
        ),
        places: &[Place::CycleDiagram, Place::FollowCustomer],
        source_terms: &["klant"],
    },
    Concept {
        id: "klant-consument",
        nl: side(
            "Klant en consument",
            "De klant is wie koopt en betaalt, de consument is wie het product gebruikt. Dat is \
             niet altijd dezelfde persoon: een ouder koopt speelgoed voor een kind, een inkoper \
             bestelt gereedschap voor de monteurs.",
            "Consumenten kopen en gebruiken zelf. In de les “B2B: de inkoper en de gebruiker” \
             beslist de inkoper van een bedrijf, terwijl de medewerkers het product gebruiken: wat \
             zij meemaken komt pas weken later bij de inkoper aan en telt voor driekwart mee, de \
             rest is het eigen contact van de inkoper met jou (verkoop, accountmanager, sociale \
             binding). Grote accounts bedingen korting. Volg een klant toont bij zo’n bedrijf wat \
             de gebruikers ervoeren en wat de inkoper ervan vindt.",
        ),
        en: side(
            "Customer and consumer",
            "The customer is whoever buys and pays; the consumer is whoever uses the product. They \
             are not always the same person: a parent buys a toy for a child, a purchasing manager \
             orders tools for the mechanics.",
            "Consumers buy and use themselves. In the lesson “B2B: the buyer and the user” a \
             company's buyer decides while its staff use the product: what they go through reaches \
             the buyer only weeks later and counts for three quarters; the rest is the buyer's own \
             contact with you (sales, account manager, social binding). Large accounts negotiate \
             a discount. Follow a customer shows, for such a company, what the users experienced \
             and what the buyer makes of it.",
        ),
        places: &[Place::Lessons, Place::FollowCustomer],
        source_terms: &["klant vs consument"],
    },
    Concept {
        id: "b2c-b2b-b2r",
        nl: side(
            "B2C, B2B en B2R",
            "B2C is verkopen aan consumenten, B2B aan andere bedrijven en B2R aan wederverkopers \
             zoals winkels en groothandels. Zakelijke klanten kopen grotere hoeveelheden, denken \
             langer na, letten op specificaties en onderhandelen; de relatie weegt bij hen \
             zwaarder.",
            "De les “B2B: accountmanagement” speelt in een zakelijke markt: grote bestellingen, \
             langere beslissingen, minder aandacht voor de prijs en meer effect van sociale en \
             structurele binding. In Volg een klant staat of iemand consument of zakelijke klant \
             is. B2R (wederverkopers) zit niet apart in het model.",
        ),
        en: side(
            "B2C, B2B and B2R",
            "B2C is selling to consumers, B2B to other businesses and B2R to resellers such as \
             shops and wholesalers. Business customers buy larger quantities, take longer to \
             decide, look closely at specifications and negotiate; the relationship counts for \
             more with them.",
            "The lesson “B2B: account management” is set in a business market: large orders, \
             longer decisions, less attention to price and more effect from social and structural \
             binding. Follow a customer says whether someone is a consumer or a business customer. \
             B2R (resellers) is not a separate part of the model.",
        ),
        places: &[Place::Lessons, Place::FollowCustomer],
        source_terms: &["B2C / B2B / B2R"],
    },
    Concept {
        id: "new-business-development",
        nl: side(
            "New business development",
            "Alles wat je doet om nieuwe klanten te winnen: mensen uit je doelgroep bereiken, hun \
             interesse wekken en ze overhalen om te kopen.",
            "De knop Werving is je budget hiervoor: meer budget maakt meer suspects tot prospect. \
             Pre-sales service en Sales service helpen prospects daarna om echt klant te worden. \
             Het effect zie je in het diagram Klantrelatiecyclus en in Mensen per fase.",
        ),
        en: side(
            "New business development",
            "Everything you do to win new customers: reaching people in your target group, \
             sparking their interest and persuading them to buy.",
            "The Acquisition lever is your budget for it: more budget turns more suspects into \
             prospects. Pre-sales service and Sales service then help prospects actually become \
             customers. You see the effect in the Customer relationship cycle diagram and in \
             People per phase.",
        ),
        places: &[Place::Levers, Place::CycleDiagram, Place::PhasesChart],
        source_terms: &["new business development"],
    },
    Concept {
        id: "accountmanagement",
        nl: side(
            "Accountmanagement",
            "Zorgen voor de klanten die je al hebt: contact houden, weten wat ze nodig hebben en \
             de relatie laten groeien. Het tegenovergestelde van alleen maar nieuwe klanten \
             zoeken.",
            "Alles wat op bestaande klanten werkt: After-sales service en de drie bindingsknoppen \
             (Financiële, Sociale en Structurele binding). Een vaste accountmanager valt onder \
             Sociale binding. De les “B2B: accountmanagement” draait hier helemaal om.",
        ),
        en: side(
            "Account management",
            "Taking care of the customers you already have: staying in touch, knowing what they \
             need and growing the relationship. The opposite of only ever chasing new customers.",
            "Everything that works on existing customers: After-sales service and the three \
             binding levers (Financial, Social and Structural binding). A dedicated account \
             manager counts as Social binding. The lesson “B2B: account management” is all about \
             this.",
        ),
        places: &[Place::Levers, Place::Lessons],
        source_terms: &["accountmanagement"],
    },
    Concept {
        id: "relatiemarketing",
        nl: side(
            "Relatiemarketing en relatiebeheer",
            "Relatiemarketing mikt op lange klantrelaties die ook winst opleveren, in plaats van \
             op losse verkopen. Relatiebeheer is breder: het onderhouden van alle relaties die \
             ertoe doen voor je organisatie, dus ook met leveranciers en partners.",
            "Het idee achter heel Klantcyclus: je stuurt op de hele relatie, van de eerste \
             interesse tot het vertrek, en kijkt of die relatie geld oplevert. Relaties met \
             leveranciers en partners zitten niet in het model.",
        ),
        en: side(
            "Relationship marketing and relationship management",
            "Relationship marketing aims at long customer relationships that also make a profit, \
             instead of one-off sales. Relationship management is broader: looking after every \
             relationship that matters to your organisation, including suppliers and partners.",
            "The idea behind all of Klantcyclus: you manage the whole relationship, from first \
             interest to leaving, and check whether it pays. Relationships with suppliers and \
             partners are not in the model.",
        ),
        places: &[Place::WholeApp],
        source_terms: &["relatiemarketing / relatiebeheer"],
    },
    Concept {
        id: "crm",
        nl: side(
            "CRM (customer relationship management)",
            "Een manier van werken waarbij een bedrijf met elke klant afzonderlijk een \
             winstgevende relatie opbouwt, vasthoudt en laat groeien, met hulp van klantgegevens \
             en IT. Goed CRM rust op vijf pijlers: het is continu, systematisch, persoonlijk, \
             duurzaam en winstgevend.",
            "Heel Klantcyclus is een CRM-oefening: je kiest een beleid, ziet week na week wat het \
             met klanten en winst doet en stuurt bij. In Volg een klant bekijk je, net als in een \
             CRM-systeem, één klant tegelijk. In de les “Sparen, samen of vast?” ben je \
             CRM-manager.",
        ),
        en: side(
            "CRM (customer relationship management)",
            "A way of working in which a company builds, keeps and grows a profitable relationship \
             with each customer individually, helped by customer data and IT. Good CRM rests on \
             five pillars: it is continuous, systematic, personal, lasting and profitable.",
            "All of Klantcyclus is a CRM exercise: you choose a policy, see week by week what it \
             does to customers and profit, and adjust. Follow a customer lets you look at one \
             customer at a time, as a CRM system does. In the lesson “Points, people or ties?” you \
             are the CRM manager.",
        ),
        places: &[Place::WholeApp, Place::FollowCustomer, Place::Lessons],
        source_terms: &["CRM"],
    },
    // --- Experience and satisfaction ---
    Concept {
        id: "klantervaring",
        nl: side(
            "Klantervaring",
            "Wat klanten bij jou meemaken met je product, service, prijs en bereikbaarheid, \
             vergeleken met wat ze vooraf verwachtten. Het verschil tussen die twee bepaalt hoe \
             tevreden ze zijn.",
            "De grafiek Klantervaring toont de gemiddelde Verwachting, Ervaren prestatie en \
             Tevredenheid. De verwachting komt vooral uit de knop Belofte, de prestatie uit \
             Kwaliteit en service. In Volg een klant zie je dezelfde lijnen voor één persoon.",
        ),
        en: side(
            "Customer experience",
            "What customers go through with your product, service, price and availability, \
             compared with what they expected beforehand. The gap between the two decides how \
             satisfied they are.",
            "The Customer experience chart shows the average Expectation, Experienced performance \
             and Satisfaction. The expectation comes mostly from the Promise lever, the \
             performance from Quality and service. Follow a customer shows the same lines for one \
             person.",
        ),
        places: &[Place::ExperienceChart, Place::FollowCustomer, Place::Levers],
        source_terms: &["klantervaring"],
    },
    Concept {
        id: "verwachtingsmanagement",
        nl: side(
            "Verwachtingsmanagement",
            "Bewust sturen wat klanten van je verwachten, door eerlijk en zonder overdrijven te \
             vertellen wat je levert. Een belofte die je waarmaakt, geeft tevreden klanten.",
            "De knop Belofte: wat je in reclame en verkoop belooft, bepaalt wat klanten \
             verwachten. Een grotere belofte trekt meer prospects, maar stelt klanten sneller \
             teleur. Kijk in de grafiek Klantervaring of de Ervaren prestatie de Verwachting \
             haalt.",
        ),
        en: side(
            "Expectations management",
            "Deliberately steering what customers expect from you by telling them honestly, \
             without exaggerating, what you deliver. A promise you keep makes satisfied customers.",
            "The Promise lever: what you promise in advertising and sales sets what customers \
             expect. A bigger promise attracts more prospects but disappoints customers sooner. \
             Check in the Customer experience chart whether Experienced performance reaches \
             Expectation.",
        ),
        places: &[Place::Levers, Place::ExperienceChart],
        source_terms: &["verwachtingsmanagement"],
    },
    Concept {
        id: "overpromising",
        nl: side(
            "Overpromising",
            "Meer beloven dan je kunt waarmaken. Dat lokt eerst klanten, maar de teleurstelling \
             komt altijd. Het bekende voorbeeld is de slogan “Red Bull geeft je vleugels”: vliegen \
             doe je er niet van.",
            "De les “Vleugels beloofd” draait hierom. Zet de Belofte hoog en kijk in de grafiek \
             Klantervaring: de Verwachting komt boven de Ervaren prestatie en de tevredenheid \
             zakt. In het model weegt tegenvallen zwaarder dan meevallen.",
        ),
        en: side(
            "Overpromising",
            "Promising more than you can deliver. It draws customers at first, but disappointment \
             always follows. The well-known example is the slogan “Red Bull gives you wings”: it \
             does not make you fly.",
            "The lesson “Wings promised” is about this. Set Promise high and watch the Customer \
             experience chart: Expectation rises above Experienced performance and satisfaction \
             drops. In the model, falling short counts for more than doing better than expected.",
        ),
        places: &[Place::Lessons, Place::ExperienceChart, Place::Levers],
        source_terms: &["overpromising"],
    },
    Concept {
        id: "klanttevredenheid",
        nl: side(
            "Klanttevredenheid",
            "Hoe positief een klant over jou als leverancier denkt. Dat hangt af van wat de klant \
             verwachtte en wat die kreeg: beter dan verwacht maakt blij, slechter dan verwacht \
             stelt teleur.",
            "Het kerncijfer Tevredenheid (gemiddeld, 0–10) en de lijn Tevredenheid in de grafiek \
             Klantervaring. In Volg een klant zie je de tevredenheid van één persoon week na week.",
        ),
        en: side(
            "Customer satisfaction",
            "How positive a customer feels about you as a supplier. It depends on what the \
             customer expected and what they got: better than expected pleases, worse than \
             expected disappoints.",
            "The key figure Satisfaction (average, 0–10) and the Satisfaction line in the Customer \
             experience chart. Follow a customer shows one person's satisfaction week by week.",
        ),
        places: &[
            Place::KeyFigures,
            Place::ExperienceChart,
            Place::FollowCustomer,
        ],
        source_terms: &["klanttevredenheid"],
    },
    // --- Loyalty and recommendation ---
    Concept {
        id: "klantloyaliteit",
        nl: side(
            "Klantloyaliteit",
            "Hoe trouw een klant bij je blijft kopen, ook als er andere aanbieders zijn. Een \
             loyale klant komt steeds terug en stapt niet bij de eerste aanbieding over.",
            "Je ziet het aan het kerncijfer Klantbehoud (per jaar) en aan de fasen Loyale klanten \
             en Ambassadeurs in het diagram Klantrelatiecyclus.",
        ),
        en: side(
            "Customer loyalty",
            "How faithfully a customer keeps buying from you, even when there are other suppliers. \
             A loyal customer keeps coming back and does not switch at the first special offer.",
            "You see it in the key figure Retention (per year) and in the phases Loyal customers \
             and Ambassadors in the Customer relationship cycle diagram.",
        ),
        places: &[Place::KeyFigures, Place::CycleDiagram],
        source_terms: &["klantloyaliteit"],
    },
    Concept {
        id: "klantbehoud",
        nl: side(
            "Klantbehoud",
            "Het deel van je klanten dat je weet vast te houden. Klanten houden is meestal \
             goedkoper dan steeds nieuwe klanten werven.",
            "Het kerncijfer Klantbehoud: welk deel van je klanten over een jaar nog klant zou zijn \
             als de vertrekkans van de laatste weken zo blijft. Tevredenheid, After-sales service \
             en binding maken het hoger; een sterke concurrent en een hoge prijs maken het lager.",
        ),
        en: side(
            "Retention",
            "The share of your customers you manage to keep. Keeping customers is usually cheaper \
             than constantly winning new ones.",
            "The key figure Retention: the share of your customers who would still be customers a \
             year from now if the chance of leaving of the last few weeks stayed the same. \
             Satisfaction, After-sales service and binding raise it; a strong competitor and a \
             high price lower it.",
        ),
        places: &[Place::KeyFigures],
        source_terms: &[],
    },
    Concept {
        id: "loyaliteitsdrijvers",
        nl: side(
            "Loyaliteitsdrijvers",
            "De factoren die bepalen of een klant blijft: wat die verwachtte, hoe tevreden die is, \
             hoe aantrekkelijk je merk is, hoe goed de alternatieven zijn en hoeveel klant en \
             bedrijf al in de relatie hebben gestoken.",
            "Volg je in Volg een klant iemand tot die vertrekt, dan staat onder de reden waar de \
             vertrekkans uit bestond (Tevredenheid, After-sales, Concurrent, Prijs, Binding en \
             Duur van de relatie). De verwachting werkt via de tevredenheid; merkaantrekkelijkheid \
             zit niet als aparte factor in het model.",
        ),
        en: side(
            "Loyalty drivers",
            "The factors that decide whether a customer stays: what they expected, how satisfied \
             they are, how attractive your brand is, how good the alternatives are and how much \
             customer and company have already put into the relationship.",
            "Follow someone in Follow a customer until they leave: under the reason you see what \
             their chance of leaving was made of (Satisfaction, After-sales, Competitor, Price, \
             Binding and Length of relationship). Expectation works through satisfaction; brand \
             attractiveness is not a separate factor in the model.",
        ),
        places: &[Place::FollowCustomer],
        source_terms: &["loyaliteitsdrijvers"],
    },
    Concept {
        id: "nps",
        nl: side(
            "NPS (Net Promoter Score)",
            "Een getal voor hoe graag klanten je aanraden. Je vraagt: “Hoe waarschijnlijk is het \
             dat je ons aanraadt?” (0–10); een 9 of 10 maakt iemand promotor, een 7 of 8 passive \
             en 0 tot en met 6 criticaster. NPS is het percentage promotors min het percentage \
             criticasters, dus tussen −100 en +100.",
            "Elke klant beantwoordt de vraag elke week. Je ziet de uitkomst in het kerncijfer NPS \
             en in de grafiek Net Promoter Score, met de drie groepen apart. In Volg een klant \
             staat het antwoord van één persoon.",
        ),
        en: side(
            "NPS (Net Promoter Score)",
            "A number for how willing customers are to recommend you. You ask: “How likely are you \
             to recommend us?” (0–10); a 9 or 10 makes a promoter, 7 or 8 a passive and 0 to 6 a \
             detractor. NPS is the percentage of promoters minus the percentage of detractors, so \
             it lies between −100 and +100.",
            "Every customer answers the question every week. You see the result in the key figure \
             NPS and in the Net Promoter Score chart, with the three groups shown separately. \
             Follow a customer shows one person's answer.",
        ),
        places: &[Place::KeyFigures, Place::NpsChart, Place::FollowCustomer],
        source_terms: &["NPS"],
    },
    Concept {
        id: "mond-tot-mondreclame",
        nl: side(
            "Mond-tot-mondreclame",
            "Klanten die vrienden, familie of collega's vertellen over hun ervaring met je \
             bedrijf. Goede verhalen brengen nieuwe klanten, slechte verhalen houden ze weg, en \
             mensen geloven zulke verhalen vaak meer dan reclame.",
            "Promotors, en ambassadeurs nog meer, brengen elke week nieuwe prospects; criticasters \
             schaden je imago, waardoor minder prospects kopen. In de les “Ambassadeurs gezocht” \
             is er bijna geen wervingsbudget meer en moet mond-tot-mondreclame je laten groeien.",
        ),
        en: side(
            "Word of mouth",
            "Customers telling friends, family or colleagues about their experience with your \
             company. Good stories bring new customers, bad stories keep them away, and people \
             often believe such stories more than advertising.",
            "Promoters, and ambassadors even more, bring in new prospects every week; detractors \
             damage your image, so fewer prospects buy. In the lesson “Ambassadors wanted” there \
             is hardly any acquisition budget left and word of mouth has to make you grow.",
        ),
        places: &[Place::CycleDiagram, Place::NpsChart, Place::Lessons],
        source_terms: &[],
    },
    Concept {
        id: "imago",
        nl: side(
            "Imago",
            "Het beeld dat mensen buiten je bedrijf van je hebben. Dat beeld ontstaat niet alleen \
             door reclame, maar ook door wat klanten over je vertellen.",
            "In het model schaden criticasters (NPS 0–6) je imago: hoe meer criticasters, hoe \
             minder prospects klant worden. Houd de criticasters in de grafiek Net Promoter Score \
             laag; de les “Ambassadeurs gezocht” laat het effect zien.",
        ),
        en: side(
            "Image",
            "The picture that people outside your company have of you. It comes not only from \
             advertising but also from what customers say about you.",
            "In the model detractors (NPS 0–6) harm your image: the more detractors, the fewer \
             prospects become customers. Keep the detractors in the Net Promoter Score chart low; \
             the lesson “Ambassadors wanted” shows the effect.",
        ),
        places: &[Place::NpsChart, Place::Lessons],
        source_terms: &["imago"],
    },
    // --- Service ---
    Concept {
        id: "pre-sales-service",
        nl: side(
            "Pre-sales service",
            "Service voordat iemand koopt: advies, een demonstratie, een duidelijke offerte. Zo \
             help je een twijfelende prospect om te kiezen.",
            "De knop Pre-sales service. Meer pre-sales service laat meer prospects klant worden, \
             maar kost geld voor elke prospect, elke week.",
        ),
        en: side(
            "Pre-sales service",
            "Service before someone buys: advice, a demonstration, a clear quote. It helps a \
             prospect who is still in doubt to decide.",
            "The Pre-sales service lever. More pre-sales service turns more prospects into \
             customers, but costs money for every prospect, every week.",
        ),
        places: &[Place::Levers],
        source_terms: &[SERVICE_ROW],
    },
    Concept {
        id: "sales-service",
        nl: side(
            "Sales service",
            "Service tijdens de aankoop: makkelijk bestellen, snel leveren en goede hulp in de \
             winkel, in de webwinkel of aan de telefoon.",
            "De knop Sales service. Meer prospects kopen en klanten ervaren een betere prestatie; \
             de kosten groeien mee met het aantal bestellingen.",
        ),
        en: side(
            "Sales service",
            "Service during the purchase: easy ordering, fast delivery and good help in the shop, \
             in the web shop or on the phone.",
            "The Sales service lever. More prospects buy and customers experience better \
             performance; the cost grows with the number of orders.",
        ),
        places: &[Place::Levers, Place::ExperienceChart],
        source_terms: &[SERVICE_ROW],
    },
    Concept {
        id: "after-sales-service",
        nl: side(
            "After-sales service",
            "Service na de aankoop: een helpdesk, reparaties en het afhandelen van klachten. Zo \
             laat je zien dat de klant ook na het betalen belangrijk is.",
            "De knop After-sales service. Klanten ervaren een betere prestatie en vooral \
             ontevreden klanten blijven langer; volg je een klant die vertrekt, dan staat \
             After-sales tussen de factoren van de vertrekkans. Kost geld per klant per week; de \
             les “Klachtenstorm” gaat erover.",
        ),
        en: side(
            "After-sales service",
            "Service after the purchase: a helpdesk, repairs and dealing with complaints. It shows \
             customers that they still matter once they have paid.",
            "The After-sales service lever. Customers experience better performance, and \
             dissatisfied customers in particular stay longer; for a customer who left, Follow a \
             customer lists After-sales among the factors of the chance of leaving. It costs money \
             per customer per week; the lesson “Storm of complaints” is about it.",
        ),
        places: &[Place::Levers, Place::FollowCustomer, Place::Lessons],
        source_terms: &[SERVICE_ROW],
    },
    Concept {
        id: "klachtbehandeling",
        nl: side(
            "Klachtbehandeling en de boze klant",
            "Hoe je omgaat met een klant die ontevreden is en klaagt. Een boze klant die snel en \
             goed geholpen wordt, blijft vaak toch; een klacht negeren jaagt die klant weg.",
            "Een klant met een lage tevredenheid klaagt en heeft een grote kans om te vertrekken; \
             met de knop After-sales service verklein je die kans. In Volg een klant zie je aan de \
             tevredenheid en de kans op vertrek of iemand boos is. De les “Klachtenstorm” draait \
             hierom.",
        ),
        en: side(
            "Complaint handling and the angry customer",
            "How you deal with a customer who is unhappy and complains. An angry customer who gets \
             quick and proper help often stays after all; ignoring the complaint drives them away.",
            "A customer with low satisfaction complains and is very likely to leave; the \
             After-sales service lever lowers that chance. In Follow a customer, satisfaction and \
             the chance of leaving tell you whether someone is angry. The lesson “Storm of \
             complaints” is all about this.",
        ),
        places: &[Place::Levers, Place::FollowCustomer, Place::Lessons],
        source_terms: &["klachtbehandeling, boze klant"],
    },
    Concept {
        id: "klanttypen",
        nl: side(
            "Vijf klanttypen",
            "Een indeling van klanten naar hun gedrag: de nieuwe klant, de impulsieve klant (koopt \
             op gevoel), de boze klant (ontevreden en klaagt), de aandringende klant (verwacht \
             veel en laat dat merken) en de loyale klant (tevreden en trouw). Elk type vraagt een \
             andere aanpak.",
            "In de weergave Piramide staat hoeveel klanten nu van elk type zijn, en Volg een \
             klant noemt het type van wie je volgt; het type volgt uit wat die persoon meemaakte.",
        ),
        en: side(
            "Five customer types",
            "A way of grouping customers by how they behave: the new customer, the impulse buyer \
             (buys on a whim), the angry customer (unhappy and complaining), the insistent \
             customer (expects a lot and lets you know) and the loyal customer (satisfied and \
             faithful). Each type needs a different approach.",
            "The Pyramid view counts how many customers are of each type now, and Follow a \
             customer names the type of the person you follow; the type follows from what that \
             person went through.",
        ),
        places: &[Place::Pyramid, Place::FollowCustomer],
        source_terms: &["5 klanttypen"],
    },
    Concept {
        id: "kosten-per-klantcontact",
        nl: side(
            "Kosten per klantcontact",
            "Elk contact met een klant kost geld, en het ene kanaal is veel duurder dan het \
             andere. Een accountmanager op bezoek is duur; een helpdesk, e-mail of sociale media \
             kosten per contact veel minder.",
            "Bij elke knop staat wat die per week kost. In vrij spel en in lessen die het \
             aanbieden kies je in de weergave Behandeling (naast Cyclus en Piramide) per laag een \
             contactkanaal (accountmanager, helpdesk, e-mail/web of sociale media) en meer of \
             minder service en binding; de kolommen Meerkosten kanaal en Winst per week laten zien \
             wat dat kost en oplevert. De les “Onrendabele klanten” draait erom.",
        ),
        en: side(
            "Cost per customer contact",
            "Every contact with a customer costs money, and some channels are far more expensive \
             than others. An account manager who visits is expensive; a helpdesk, e-mail or social \
             media cost much less per contact.",
            "Every lever shows what it costs per week. In free play and in lessons that offer it, \
             the Treatment view (beside Cycle and Pyramid) lets you choose a contact channel per \
             tier (account manager, helpdesk, e-mail/web or social media) and more or less service \
             and binding; the columns Extra channel cost and Profit per week show what that costs \
             and brings. The lesson “Unprofitable customers” is all about it.",
        ),
        places: &[
            Place::Pyramid,
            Place::Levers,
            Place::FinanceChart,
            Place::Lessons,
        ],
        source_terms: &["kosten per klantcontact"],
    },
    // --- Binding ---
    Concept {
        id: "klantenbinding",
        nl: side(
            "Klantenbinding",
            "Maatregelen die ervoor zorgen dat klanten bij je blijven. Er zijn drie soorten: \
             financiële binding (met geld), sociale binding (met persoonlijk contact) en \
             structurele binding (met koppelingen en contracten).",
            "De groep Klantenbinding in Jouw beleid, met de knoppen Financiële binding, Sociale \
             binding en Structurele binding. Elke soort kost anders en bindt anders sterk; in Volg \
             een klant zie je onder Bindingsprogramma's hoeveel elk programma de kans op vertrek \
             verkleint.",
        ),
        en: side(
            "Customer binding",
            "Measures that make customers stay with you. There are three kinds: financial binding \
             (with money), social binding (with personal contact) and structural binding (with \
             links and contracts).",
            "The Customer binding group of your policy, with the levers Financial binding, Social \
             binding and Structural binding. Each kind costs something different and binds with a \
             different strength; under Loyalty programmes in Follow a customer you see how much \
             each programme lowers the chance of leaving.",
        ),
        places: &[Place::Levers, Place::FollowCustomer],
        source_terms: &[BINDING_ROW],
    },
    Concept {
        id: "binding-financieel",
        nl: side(
            "Financiële binding",
            "Klanten vasthouden met geld: korting, spaarpunten of geld terug. Makkelijk om mee te \
             beginnen, maar wie alleen voor de korting blijft, is weg zodra een ander meer biedt.",
            "De knop Financiële binding. Die kost een deel van de omzet op elke bestelling, ook op \
             bestellingen die de klant toch al zou doen, en bindt het zwakst van de drie. De les \
             “Sparen, samen of vast?” vergelijkt de drie soorten.",
        ),
        en: side(
            "Financial binding",
            "Keeping customers with money: discounts, loyalty points or cashback. Easy to start \
             with, but someone who only stays for the discount is gone as soon as someone else \
             offers more.",
            "The Financial binding lever. It costs a share of the revenue on every order, even on \
             orders the customer would have placed anyway, and binds the weakest of the three. The \
             lesson “Points, people or ties?” compares the three kinds.",
        ),
        places: &[Place::Levers, Place::FollowCustomer, Place::Lessons],
        source_terms: &[BINDING_ROW],
    },
    Concept {
        id: "binding-sociaal",
        nl: side(
            "Sociale binding",
            "Klanten vasthouden via de relatie tussen mensen: persoonlijke aandacht, klantavonden, \
             een vaste contactpersoon. De klant blijft omdat die zich gekend voelt.",
            "De knop Sociale binding. Die kost geld per klant per week, bindt sterker dan \
             financiële binding en maakt de ervaring iets beter; bij zakelijke klanten werkt die \
             extra sterk. Zie de lessen “Sparen, samen of vast?”, “B2B: accountmanagement” en \
             “Waardestrategie: customer intimacy”.",
        ),
        en: side(
            "Social binding",
            "Keeping customers through the relationship between people: personal attention, \
             customer evenings, a fixed contact person. Customers stay because they feel known.",
            "The Social binding lever. It costs money per customer per week, binds more strongly \
             than financial binding and makes the experience a little better; with business \
             customers it works extra well. See the lessons “Points, people or ties?”, “B2B: \
             account management” and “Value strategy: customer intimacy”.",
        ),
        places: &[Place::Levers, Place::FollowCustomer, Place::Lessons],
        source_terms: &[BINDING_ROW],
    },
    Concept {
        id: "binding-structureel",
        nl: side(
            "Structurele binding",
            "Klanten vasthouden door overstappen lastig te maken: gekoppelde systemen, contracten, \
             een abonnement of maatwerk. Weggaan kost de klant dan moeite of geld.",
            "De knop Structurele binding. Bij gelijke kosten houdt die klanten het langst vast, \
             maar elke extra stap kost meer dan de vorige. Let op: vastzitten is niet hetzelfde \
             als tevreden zijn. Zie de lessen “Sparen, samen of vast?” en “B2B: \
             accountmanagement”.",
        ),
        en: side(
            "Structural binding",
            "Keeping customers by making it hard to switch: linked systems, contracts, a \
             subscription or custom work. Leaving then costs the customer effort or money.",
            "The Structural binding lever. For the same cost it keeps customers longest, but every \
             extra step costs more than the one before. Note: being locked in is not the same as \
             being satisfied. See the lessons “Points, people or ties?” and “B2B: account \
             management”.",
        ),
        places: &[Place::Levers, Place::FollowCustomer, Place::Lessons],
        source_terms: &[BINDING_ROW],
    },
    Concept {
        id: "loyaliteitsprogramma",
        nl: side(
            "Loyaliteitsprogramma (relatieprogramma)",
            "Een vast plan om trouwe of grote klanten te herkennen, aan te moedigen en te belonen, \
             bijvoorbeeld met een spaarkaart, een klantenclub of een eigen accountmanager.",
            "In Klantcyclus stel je je programma samen met de drie bindingsknoppen; in Volg een \
             klant zie je onder Bindingsprogramma's wat elk programma bij die klant doet. De les \
             “Sparen, samen of vast?” laat zien dat een programma NPS en CLV kan verhogen en toch \
             geld kan kosten.",
        ),
        en: side(
            "Loyalty programme (relationship programme)",
            "A set plan to recognise, encourage and reward faithful or large customers, for \
             example with a points card, a customer club or a personal account manager.",
            "In Klantcyclus you build your programme from the three binding levers; under Loyalty \
             programmes in Follow a customer you see what each programme does for that customer. \
             The lesson “Points, people or ties?” shows that a programme can raise NPS and CLV and \
             still lose money.",
        ),
        places: &[Place::Levers, Place::FollowCustomer, Place::Lessons],
        source_terms: &["relatieprogramma / loyaliteitsprogramma"],
    },
    // --- Customer value ---
    Concept {
        id: "klantwaarde-financieel",
        nl: side(
            "Financiële klantwaarde",
            "Wat een klant je in geld oplevert: de omzet die de klant brengt, en hoe groot jouw \
             deel is van wat die klant aan jouw soort product uitgeeft (share of customer, share \
             of wallet).",
            "In Volg een klant zie je bij Opgeleverd wat één klant tot nu toe heeft gebracht, en \
             de share of wallet van die klant. De Piramide toont de winst per laag klanten, de \
             grafiek Klantwaarde (CLV) de waarde over de hele relatie.",
        ),
        en: side(
            "Financial customer value",
            "What a customer is worth to you in money: the revenue they bring, and how big your \
             part is of what they spend on your kind of product (share of customer, share of \
             wallet).",
            "In Follow a customer, Brought in shows what one customer has brought so far, next to \
             their share of wallet. The Pyramid shows the profit per tier of customers, the \
             Customer value (CLV) chart the value over the whole relationship.",
        ),
        places: &[Place::FollowCustomer, Place::Pyramid, Place::ClvChart],
        source_terms: &["klantwaarde financieel"],
    },
    Concept {
        id: "share-of-wallet",
        nl: side(
            "Share of wallet",
            "Het deel van wat een klant in totaal aan jouw soort product uitgeeft dat bij jou \
             terechtkomt. Besteedt iemand € 100 per maand aan boodschappen en € 60 daarvan bij \
             jou, dan is je share of wallet 60 %.",
            "In Volg een klant staat de share of wallet van één klant, in de Piramide die per \
             laag. De share of wallet stijgt als klanten tevredener zijn en sterker aan je \
             gebonden zijn.",
        ),
        en: side(
            "Share of wallet",
            "The part of everything a customer spends on your kind of product that ends up with \
             you. If someone spends € 100 a month on groceries and € 60 of it with you, your share \
             of wallet is 60 %.",
            "Follow a customer shows one customer's share of wallet, the Pyramid shows it per \
             tier. It rises when customers are more satisfied and more strongly bound to you.",
        ),
        places: &[Place::FollowCustomer, Place::Pyramid],
        source_terms: &["share of wallet"],
    },
    Concept {
        id: "klantwaarde-niet-financieel",
        nl: side(
            "Niet-financiële klantwaarde",
            "Wat klanten je opleveren naast geld: hun netwerk, dus de mensen die ze kennen en aan \
             wie ze je aanraden, en de kennis die je van ze opdoet, bijvoorbeeld ideeën voor een \
             beter product.",
            "Het netwerk zie je terug in mond-tot-mondreclame: promotors en ambassadeurs brengen \
             nieuwe prospects (les “Ambassadeurs gezocht”). Kennis die klanten aanleveren zit niet \
             in het model; die wordt hier alleen uitgelegd.",
        ),
        en: side(
            "Non-financial customer value",
            "What customers give you besides money: their network, meaning the people they know \
             and recommend you to, and the knowledge you gain from them, such as ideas for a \
             better product.",
            "The network shows up as word of mouth: promoters and ambassadors bring in new \
             prospects (lesson “Ambassadors wanted”). Knowledge that customers provide is not in \
             the model; it is only explained here.",
        ),
        places: &[Place::CycleDiagram, Place::Lessons],
        source_terms: &["klantwaarde niet-financieel"],
    },
    Concept {
        id: "clv",
        nl: side(
            "CLV (customer lifetime value)",
            "Wat een klant je gemiddeld oplevert over de hele periode dat iemand klant is. De \
             eenvoudige formule is CLV = W × A: de gemiddelde marge per bestelling (W) keer het \
             gemiddelde aantal bestellingen per klant (A).",
            "Het kerncijfer CLV (netto, W × A) en de grafiek Klantwaarde (CLV): W × A netto, en \
             gestippeld W × A bruto. Bruto haalt alleen de inkoop van de omzet af, netto ook alle \
             kosten die klanten veroorzaken. Klanten die langer blijven verhogen A, een betere \
             marge verhoogt W.",
        ),
        en: side(
            "CLV (customer lifetime value)",
            "What a customer brings you on average over the whole time they are a customer. The \
             simple formula is CLV = W × A: the average margin per order (W) times the average \
             number of orders per customer (A).",
            "The key figure CLV (net, W × A) and the Customer value (CLV) chart: W × A net, and \
             dashed W × A gross. Gross only takes the cost of goods off the revenue, net also \
             every cost the customers cause. Customers who stay longer raise A, a better margin \
             raises W.",
        ),
        places: &[Place::KeyFigures, Place::ClvChart],
        source_terms: &["CLV = W × A"],
    },
    Concept {
        id: "clv-verdisconteerd",
        nl: side(
            "Verdisconteerde CLV",
            "Een CLV die meetelt dat geld dat je later verdient minder waard is dan geld nu. Met \
             marge m per jaar, de kans r dat een klant een jaar blijft en rentevoet i is de \
             formule m · r / (1 + i − r).",
            "De lijn Verdisconteerd netto in de grafiek Klantwaarde (CLV). Die rekent met de \
             nettomarge per jaar en met het Klantbehoud per jaar als r.",
        ),
        en: side(
            "Discounted CLV",
            "A CLV that takes into account that money you earn later is worth less than money now. \
             With margin m per year, the chance r that a customer stays for a year and discount \
             rate i, the formula is m · r / (1 + i − r).",
            "The line Discounted net in the Customer value (CLV) chart. It uses the net margin per \
             year and the yearly Retention as r.",
        ),
        places: &[Place::ClvChart],
        source_terms: &["discounted CLV"],
    },
    Concept {
        id: "winst",
        nl: side(
            "Winst",
            "Wat er van je omzet overblijft als je alle kosten eraf haalt: inkoop, service, \
             binding, werving en reclame. Tevreden klanten zijn mooi, maar een bedrijf moet ook \
             geld verdienen.",
            "Het kerncijfer Winst (deze week) en de grafiek Omzet, kosten en winst. Bij elke knop \
             staat wat die per week kost; de Piramide toont de winst per laag klanten.",
        ),
        en: side(
            "Profit",
            "What is left of your revenue once every cost is taken off: cost of goods, service, \
             binding, acquisition and advertising. Satisfied customers are nice, but a company \
             also has to make money.",
            "The key figure Profit (this week) and the chart Revenue, costs and profit. Every \
             lever shows what it costs per week; the Pyramid shows the profit per tier of \
             customers.",
        ),
        places: &[Place::KeyFigures, Place::FinanceChart, Place::Pyramid],
        source_terms: &[],
    },
    Concept {
        id: "klantenpiramide",
        nl: side(
            "Klantenpiramide",
            "Je klanten ingedeeld naar hoeveel ze bij je besteden: bovenaan een paar topklanten, \
             daaronder grote, middelgrote en heel veel kleine klanten, en onder de piramide \
             inactieve klanten, prospects en suspects. Vaak zorgt een kleine groep klanten voor \
             het grootste deel van de winst.",
            "Kies bij Weergave de Piramide in plaats van de Cyclus: per laag (Topklanten, Grote, \
             Middelgrote en Kleine klanten) zie je hoeveel klanten erin zitten, hun winst per week \
             en hun share of wallet. Prospects en suspects staan in de cyclus, niet in de \
             piramide. De les “De klantenpiramide” gaat erover.",
        ),
        en: side(
            "Customer pyramid",
            "Your customers grouped by how much they spend with you: a few top customers at the \
             top, below them large, medium and very many small customers, and under the pyramid \
             inactive customers, prospects and suspects. Often a small group of customers brings \
             most of the profit.",
            "Choose the Pyramid instead of the Cycle under View: for each tier (Top, Large, Medium \
             and Small customers) you see how many customers it holds, their profit per week and \
             their share of wallet. Prospects and suspects are in the cycle, not in the pyramid. \
             The lesson “The customer pyramid” is about this.",
        ),
        places: &[Place::Pyramid, Place::Lessons],
        source_terms: &["klantenpiramide"],
    },
    Concept {
        id: "onrendabele-klanten",
        nl: side(
            "Onrendabele klanten",
            "Klanten die meer kosten dan ze opleveren, bijvoorbeeld omdat ze weinig kopen maar wel \
             dezelfde dure service krijgen als grote klanten.",
            "In de Piramide krijgt een laag die geld kost het label onrendabel, met het aantal \
             klanten en het verlies per week. De les “De klantenpiramide” vraagt wat je met deze \
             klanten doet.",
        ),
        en: side(
            "Unprofitable customers",
            "Customers who cost more than they bring in, for example because they buy little but \
             get the same expensive service as large customers.",
            "In the Pyramid a tier that costs money gets the label unprofitable, with the number \
             of customers and the loss per week. The lesson “The customer pyramid” asks what you \
             do with these customers.",
        ),
        places: &[Place::Pyramid, Place::Lessons],
        source_terms: &["onrendabele klanten"],
    },
    // --- Value strategies ---
    Concept {
        id: "waardestrategieen",
        nl: side(
            "Waardestrategieën (Treacy & Wiersema)",
            "Volgens Treacy en Wiersema moet een bedrijf in één van drie dingen uitblinken: de \
             laagste prijs met betrouwbare kwaliteit (operational excellence), het beste en \
             nieuwste product (product leadership) of een aanbod op maat van elke klant (customer \
             intimacy). Wie alles een beetje doet, blinkt nergens in uit.",
            "Elke strategie heeft een eigen les: “Waardestrategie: operational excellence”, \
             “Waardestrategie: product leadership” en “Waardestrategie: customer intimacy”. Je \
             kiest de strategie vooral met Prijs, Kwaliteit en Sociale binding.",
        ),
        en: side(
            "Value strategies (Treacy & Wiersema)",
            "According to Treacy and Wiersema a company must excel at one of three things: the \
             lowest price with reliable quality (operational excellence), the best and newest \
             product (product leadership) or an offer tailored to each customer (customer \
             intimacy). A company that does a bit of everything excels at nothing.",
            "Each strategy has its own lesson: “Value strategy: operational excellence”, “Value \
             strategy: product leadership” and “Value strategy: customer intimacy”. You choose the \
             strategy mainly with Price, Quality and Social binding.",
        ),
        places: &[Place::Lessons],
        source_terms: &[STRATEGY_ROW],
    },
    Concept {
        id: "operational-excellence",
        nl: side(
            "Operational excellence",
            "De waardestrategie van de laagste prijs: een betrouwbaar product zonder franje, \
             efficiënt geleverd. Klanten kiezen je omdat je goedkoop bent en nooit tegenvalt.",
            "De les “Waardestrategie: operational excellence”: een supermarkt die klem zit in het \
             midden. Je werkt vooral met een lage Prijs, terwijl de kosten ook omlaag moeten en \
             Kwaliteit en service niet te laag mogen worden.",
        ),
        en: side(
            "Operational excellence",
            "The value strategy of the lowest price: a reliable product without frills, delivered \
             efficiently. Customers choose you because you are cheap and never let them down.",
            "The lesson “Value strategy: operational excellence”: a supermarket stuck in the \
             middle. You work mainly with a low Price, while costs have to come down too and \
             Quality and service must not drop too far.",
        ),
        places: &[Place::Lessons, Place::Levers],
        source_terms: &[STRATEGY_ROW],
    },
    Concept {
        id: "product-leadership",
        nl: side(
            "Product leadership",
            "De waardestrategie van het beste product: steeds vernieuwen en voorop lopen. Klanten \
             betalen graag een hogere prijs voor topkwaliteit.",
            "De les “Waardestrategie: product leadership”: een premiumprijs en een grote belofte, \
             maar een gewoon product. Je werkt vooral met Kwaliteit en Belofte; de prijs verlagen \
             lost de teleurstelling niet op.",
        ),
        en: side(
            "Product leadership",
            "The value strategy of the best product: always innovating and staying ahead. \
             Customers are happy to pay a higher price for top quality.",
            "The lesson “Value strategy: product leadership”: a premium price and a big promise, \
             but an ordinary product. You work mainly with Quality and Promise; lowering the price \
             does not fix the disappointment.",
        ),
        places: &[Place::Lessons, Place::Levers],
        source_terms: &[STRATEGY_ROW],
    },
    Concept {
        id: "customer-intimacy",
        nl: side(
            "Customer intimacy",
            "De waardestrategie van de persoonlijke aanpak: je kent je klanten goed en past je \
             aanbod aan elke klant aan. Klanten blijven omdat ze zich begrepen voelen, niet omdat \
             je de goedkoopste bent.",
            "De les “Waardestrategie: customer intimacy”: een reisbureau waar vaste klanten \
             persoonlijke aandacht willen. Persoonlijke aandacht geef je vooral met Sociale \
             binding; je weegt de kosten per klant af tegen een hogere share of wallet en CLV.",
        ),
        en: side(
            "Customer intimacy",
            "The value strategy of the personal approach: you know your customers well and tailor \
             your offer to each of them. Customers stay because they feel understood, not because \
             you are the cheapest.",
            "The lesson “Value strategy: customer intimacy”: a travel agency whose regulars want \
             personal attention. Personal attention comes mainly from Social binding; you weigh \
             the cost per customer against a higher share of wallet and CLV.",
        ),
        places: &[Place::Lessons, Place::Levers],
        source_terms: &[STRATEGY_ROW],
    },
];

/// The concept with this id.
pub fn find(id: &str) -> Option<&'static Concept> {
    CONCEPTS.iter().find(|concept| concept.id == id)
}

/// Concepts whose term, meaning or in_simulator text in `language` contains every word of `query`
/// (case- and accent-insensitive: "e" matches "é"/"ë"), in CONCEPTS order; empty query = all.
pub fn search(query: &str, language: Language) -> Vec<&'static Concept> {
    let words: Vec<String> = query
        .split_whitespace()
        .map(|word| fold(word.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|word| !word.is_empty())
        .collect();
    CONCEPTS
        .iter()
        .filter(|concept| {
            let side = concept.side(language);
            let text = fold(&format!(
                "{}\n{}\n{}",
                side.term, side.meaning, side.in_simulator
            ));
            words.iter().all(|word| text.contains(word.as_str()))
        })
        .collect()
}

/// Lower case without accents, so "Financiële" and "financiele" compare equal.
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONCEPTS_MD: &str = include_str!("../../docs/concepts.md");

    /// The first cell of every row of the concepts table, without its " (English)" part.
    fn table_terms() -> Vec<&'static str> {
        let rows: Vec<&str> = CONCEPTS_MD
            .lines()
            .map(str::trim)
            .filter(|line| line.starts_with('|'))
            .collect();
        assert!(rows.len() > 2, "no table found in docs/concepts.md");
        assert!(
            rows[1].chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')),
            "the second table line should be the separator: {}",
            rows[1]
        );
        rows[2..]
            .iter()
            .map(|row| {
                let cell = row
                    .trim_start_matches('|')
                    .split('|')
                    .next()
                    .unwrap()
                    .trim();
                cell.split(" (").next().unwrap().trim()
            })
            .collect()
    }

    #[test]
    fn every_row_of_the_concepts_table_is_covered() {
        let terms = table_terms();
        assert!(terms.len() >= 30, "only {} rows read", terms.len());
        let missing: Vec<&str> = terms
            .iter()
            .copied()
            .filter(|term| {
                !CONCEPTS
                    .iter()
                    .any(|concept| concept.source_terms.contains(term))
            })
            .collect();
        assert!(
            missing.is_empty(),
            "rows without a glossary entry: {missing:?}"
        );
    }

    #[test]
    fn every_source_term_is_a_row_of_the_table() {
        let terms = table_terms();
        for concept in CONCEPTS {
            for term in concept.source_terms {
                assert!(
                    terms.contains(term),
                    "{}: {term:?} is not a row of docs/concepts.md",
                    concept.id
                );
            }
        }
    }

    #[test]
    fn every_concept_is_complete_in_both_languages() {
        for concept in CONCEPTS {
            for side in [&concept.nl, &concept.en] {
                assert!(!side.term.trim().is_empty(), "{}: empty term", concept.id);
                assert!(
                    !side.meaning.trim().is_empty(),
                    "{}: empty meaning",
                    concept.id
                );
                assert!(
                    !side.in_simulator.trim().is_empty(),
                    "{}: empty in_simulator",
                    concept.id
                );
                for text in [side.term, side.meaning, side.in_simulator] {
                    assert!(
                        !text.contains("  "),
                        "{}: double space in {text:?}",
                        concept.id
                    );
                }
            }
            assert_ne!(concept.nl.meaning, concept.en.meaning, "{}", concept.id);
            assert_ne!(
                concept.nl.in_simulator, concept.en.in_simulator,
                "{}",
                concept.id
            );
            assert!(!concept.places.is_empty(), "{}: no place", concept.id);
        }
    }

    #[test]
    fn ids_are_unique_ascii_kebab_case() {
        for (k, concept) in CONCEPTS.iter().enumerate() {
            let id = concept.id;
            assert!(
                !id.is_empty()
                    && !id.starts_with('-')
                    && !id.ends_with('-')
                    && !id.contains("--")
                    && id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{id:?} is not kebab-case"
            );
            assert!(
                CONCEPTS[k + 1..].iter().all(|other| other.id != id),
                "{id} appears twice"
            );
        }
    }

    #[test]
    fn the_entries_the_ui_links_exist() {
        for id in [
            "klantrelatiecyclus",
            "suspect",
            "prospect",
            "nieuwe-klant",
            "loyale-klant",
            "ambassadeur",
            "ex-klant",
            "nps",
            "klanttevredenheid",
            "clv",
            "klantbehoud",
            "winst",
            "verwachtingsmanagement",
            "binding-financieel",
            "binding-sociaal",
            "binding-structureel",
            "klantenpiramide",
        ] {
            assert_eq!(find(id).map(|c| c.id), Some(id));
        }
        assert!(find("bestaat-niet").is_none());
    }

    #[test]
    fn every_place_has_a_concept() {
        use Place::*;
        for place in [
            CycleDiagram,
            PhasesChart,
            ExperienceChart,
            NpsChart,
            ClvChart,
            FinanceChart,
            KeyFigures,
            Levers,
            Pyramid,
            FollowCustomer,
            Lessons,
            WholeApp,
        ] {
            assert!(
                CONCEPTS.iter().any(|c| c.places.contains(&place)),
                "{place:?} links to nothing"
            );
        }
    }

    fn ids(found: Vec<&'static Concept>) -> Vec<&'static str> {
        found.into_iter().map(|c| c.id).collect()
    }

    #[test]
    fn search_finds_nps_by_promotor() {
        assert!(ids(search("promotor", Language::Nl)).contains(&"nps"));
        assert!(ids(search("PROMOTOR", Language::Nl)).contains(&"nps"));
    }

    #[test]
    fn search_ignores_accents() {
        assert!(ids(search("financiele", Language::Nl)).contains(&"binding-financieel"));
        assert!(ids(search("Financiële binding", Language::Nl)).contains(&"binding-financieel"));
        assert!(ids(search("ideeen", Language::Nl)).contains(&"klantwaarde-niet-financieel"));
    }

    #[test]
    fn search_needs_every_word() {
        let found = ids(search("structurele binding", Language::Nl));
        assert!(found.contains(&"binding-structureel"));
        assert!(found.contains(&"klantenbinding"));
        assert!(!found.contains(&"binding-financieel"));
        assert!(search("promotor zzzqqq", Language::Nl).is_empty());
    }

    #[test]
    fn search_in_english_uses_the_english_texts() {
        assert!(ids(search("promoter", Language::En)).contains(&"nps"));
        assert!(ids(search("word of mouth", Language::En)).contains(&"mond-tot-mondreclame"));
        assert!(ids(search("retention", Language::En)).contains(&"klantbehoud"));
        assert!(search("klachtenstorm", Language::En).is_empty());
    }

    #[test]
    fn empty_query_returns_all_in_order() {
        for language in [Language::Nl, Language::En] {
            for query in ["", "   "] {
                let found = search(query, language);
                assert_eq!(found.len(), CONCEPTS.len());
                assert!(found.iter().zip(CONCEPTS).all(|(a, b)| a.id == b.id));
            }
        }
    }
}
