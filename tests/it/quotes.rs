//! Quotations through the public API: pairing over every mark style, the kinds, the
//! attribution positions, speaker resolution, the diagnostics of broken text, and the
//! apostrophe traps.

use newsparse::{Article, Block, DiagnosticKind, Quote, QuoteKind, parse_article};

use crate::support::assert_invariants;

fn parse(input: &str) -> Article<'_> {
    let article = parse_article(input).unwrap();
    assert_invariants(input, &article);
    article
}

/// The quotes that are not reported speech, as (text, kind, speaker name).
fn direct<'a>(article: &'a Article<'_>) -> Vec<(&'a str, QuoteKind, Option<&'a str>)> {
    article
        .quotes
        .iter()
        .filter(|q| q.kind != QuoteKind::Indirect)
        .map(|q| (&*q.text, q.kind, q.speaker.as_ref().map(|s| &*s.name)))
        .collect()
}

fn quote_starting<'a, 'b>(article: &'a Article<'b>, text: &str) -> &'a Quote<'b> {
    article
        .quotes
        .iter()
        .find(|q| q.text.starts_with(text))
        .unwrap_or_else(|| panic!("no quote starting with {text:?}"))
}

fn speaker<'a>(article: &'a Article<'_>, text: &str) -> Option<&'a str> {
    quote_starting(article, text)
        .speaker
        .as_ref()
        .map(|s| &*s.name)
}

fn in_article(body: &str) -> String {
    format!("A headline for the test\n\n{body}\n")
}

#[test]
fn bundled_sample_speakers() {
    let input = include_str!("../../examples/data/sample_article.txt");
    let article = parse(input);
    let expected = [
        ("We came here to listen", "Teodor Vasko"),
        ("Our fishermen deserve", "Teodor Vasko"),
        ("Kelmarra has never closed its door", "Amira Dunsel"),
        ("frank", "Amira Dunsel"),
        ("long overdue", "Amira Dunsel"),
        ("We have no interest", "Amira Dunsel"),
        ("first step", "Teodor Vasko"),
        ("There is a great deal of mistrust", "Teodor Vasko"),
        ("When warships follow", "Amira Dunsel"),
        ("We will not accept", "Amira Dunsel"),
        ("not beg", "Teodor Vasko"),
        ("Our grandfathers fished there", "Teodor Vasko"),
        ("Neither capital can afford", "Lena Marchetti"),
    ];
    for (text, name) in expected {
        assert_eq!(speaker(&article, text), Some(name), "speaker of {text:?}");
    }
    assert_eq!(
        speaker(&article, "businesslike"),
        Some("An Ostravian official")
    );
    // A term, with no speaker.
    let term = quote_starting(&article, "blue frontier");
    assert_eq!(term.kind, QuoteKind::Scare);
    assert!(term.speaker.is_none());
    // The repeated attribution keeps its source.
    let mistrust = quote_starting(&article, "There is a great deal of mistrust");
    assert_eq!(
        mistrust.source.as_ref().map(|s| &*s.text),
        Some("OPA news agency")
    );
    assert_eq!(
        mistrust.speaker.as_ref().map(|s| (&*s.mention, s.resolved)),
        Some(("he", true))
    );
    let full_name = quote_starting(&article, "We came here to listen");
    let s = full_name.speaker.as_ref().unwrap();
    assert_eq!(s.mention, "Vasko");
    assert_eq!(s.title.as_deref(), Some("Ostravian Foreign Minister"));
}

#[test]
fn machine_translated_text_keeps_its_quotes_and_says_what_is_broken() {
    let input = include_str!("../fixtures/articles/machine_translated.txt");
    let article = parse(input);
    for text in [
        "We want these factories",
        "Nobody in this government",
        "When neighbouring countries",
        "The numbers on the table",
        "The companies signed commitments",
    ] {
        assert_eq!(speaker(&article, text), Some("Bence Kovacs"), "{text}");
    }
    assert_eq!(
        speaker(&article, "We are not against work"),
        Some("Judit Farago")
    );
    assert_eq!(
        speaker(&article, "ignored for three years"),
        Some("Judit Farago")
    );
    assert_eq!(
        quote_starting(&article, "The numbers on the table")
            .source
            .as_ref()
            .map(|s| &*s.text),
        Some("MTI news agency")
    );
    let kinds: Vec<DiagnosticKind> = article.diagnostics.iter().map(|d| d.kind).collect();
    let count = |k| kinds.iter().filter(|&&x| x == k).count();
    assert_eq!(count(DiagnosticKind::MismatchedQuote), 2);
    assert_eq!(count(DiagnosticKind::RepeatedAttribution), 2);
    // The misused marks close the quotes they obviously close: the text after them is not
    // quoted.
    let misplaced = quote_starting(&article, "When neighbouring countries");
    assert!(misplaced.text.ends_with("our interests,"));
    let opening = quote_starting(&article, "The companies signed commitments");
    assert!(opening.text.ends_with("argue against them"));
}

#[test]
fn every_kind_of_quote() {
    let input = include_str!("../fixtures/articles/quote_kinds.txt");
    let article = parse(input);
    let kind_of = |text: &str| quote_starting(&article, text).kind;
    assert_eq!(kind_of("These are not complaints"), QuoteKind::Full);
    assert_eq!(kind_of("at least four hundred"), QuoteKind::Partial);
    assert_eq!(
        kind_of("We looked at every option"),
        QuoteKind::MultiParagraph
    );
    assert_eq!(kind_of("island bus"), QuoteKind::Scare);
    assert_eq!(kind_of("the vote was about"), QuoteKind::Indirect);
    assert_eq!(
        kind_of("the ferry made 2,140 crossings"),
        QuoteKind::Indirect
    );
    // A quote split by its attribution: both halves are full quotes of the same speaker.
    assert_eq!(kind_of("and a water taxi"), QuoteKind::Full);
    assert_eq!(speaker(&article, "She is old"), Some("Tomas Vidal"));
    assert_eq!(speaker(&article, "and a water taxi"), Some("Tomas Vidal"));
}

#[test]
fn a_multi_paragraph_quote_is_one_quote_indexed_where_it_starts() {
    let input = include_str!("../fixtures/articles/quote_kinds.txt");
    let article = parse(input);
    let (index, quote) = article
        .quotes
        .iter()
        .enumerate()
        .find(|(_, q)| q.kind == QuoteKind::MultiParagraph)
        .unwrap();
    assert_eq!(
        quote.speaker.as_ref().map(|s| &*s.name),
        Some("Priya Raman")
    );
    assert_eq!(quote.cue.as_ref().map(|c| &*c.text), Some("added"));
    assert!(quote.text.contains("only on paper,\n\nbecause the islands"));
    let Some(Block::Paragraph(first)) = article.blocks.get(quote.block) else {
        panic!("a multi-paragraph quote starts in a paragraph");
    };
    assert!(first.quotes.contains(&index));
    assert!(quote.span.start >= first.span.start && quote.span.end > first.span.end);
}

#[test]
fn attribution_before_after_and_around_the_quote() {
    let input = include_str!("../fixtures/articles/quote_kinds.txt");
    let article = parse(input);
    // after: speaker then verb, and verb then speaker in the wire style
    assert_eq!(
        speaker(&article, "These are not complaints"),
        Some("Rosalind Achterberg")
    );
    assert_eq!(
        speaker(&article, "We will be back at this table"),
        Some("Bram Lutz")
    );
    // before, with a colon, and a role resolved to its holder
    let road = quote_starting(&article, "A ferry is not a luxury");
    let s = road.speaker.as_ref().unwrap();
    assert_eq!(
        (&*s.name, &*s.mention),
        ("Rosalind Achterberg", "The mayor")
    );
    // around: the next sentence's quote inherits the speaker it continues
    assert_eq!(
        speaker(&article, "These are people telling us"),
        Some("Rosalind Achterberg")
    );
    assert_eq!(
        speaker(&article, "The engines are not going"),
        Some("Bram Lutz")
    );
}

#[test]
fn every_mark_style_pairs() {
    let input = include_str!("../fixtures/articles/quote_styles.txt");
    let article = parse(input);
    let texts: Vec<&str> = direct(&article).iter().map(|q| q.0).collect();
    for expected in [
        "green corridor",                            // “ ”
        "a question of credibility for Europe",      // « »
        "Wir brauchen erst eine klare Finanzierung", // „ “
        "blank cheque",                              // ‚ ‘
        "already full at night",                     // ‹ ›
        "We have a text, we have most of the money, and we have nineteen countries on board,", // ' '
        "working at double capacity already", // `` ''
    ] {
        assert!(texts.contains(&expected), "{expected:?} not in {texts:?}");
    }
    // The German quote holds a nested ‚…‘ quote: one quote, not two.
    assert!(texts.iter().any(|t| t.contains("‚Plan ohne Preis‘")));
}

#[test]
fn apostrophes_are_not_quotation_marks() {
    let input = in_article(
        "Russia’s navy won’t say why. Fans of rock ’n’ roll and rock 'n' roll remember the ’90s \
         and the '90s, when the students’ union met at O’Brien’s pub.",
    );
    let article = parse(&input);
    assert!(article.quotes.is_empty(), "{:?}", article.quotes);
    assert!(
        article
            .diagnostics
            .iter()
            .all(|d| d.kind != DiagnosticKind::UnclosedQuote)
    );
}

#[test]
fn an_unclosed_quote_costs_only_that_quote() {
    let input = in_article(
        "The minister called the offer “insulting and left. “We are still talking,” his \
         deputy said. “Nothing is decided.”",
    );
    let article = parse(&input);
    let unclosed: Vec<_> = article
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::UnclosedQuote)
        .collect();
    assert_eq!(unclosed.len(), 1);
    assert_eq!(unclosed[0].span.slice(&input), Some("“"));
    assert_eq!(
        speaker(&article, "We are still talking"),
        Some("his deputy")
    );
    assert_eq!(speaker(&article, "Nothing is decided."), Some("his deputy"));
}

#[test]
fn reported_speech_has_its_clause_as_text() {
    let input = in_article(
        "Health Minister Ana Duarte said on Monday that the clinic would reopen in May. \
         The repairs will take six weeks, she said. According to the union, staff were not consulted.",
    );
    let article = parse(&input);
    let reported: Vec<(&str, Option<&str>)> = article
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .map(|q| (&*q.text, q.speaker.as_ref().map(|s| &*s.name)))
        .collect();
    assert_eq!(
        reported,
        [
            ("the clinic would reopen in May", Some("Ana Duarte")),
            ("The repairs will take six weeks", Some("Ana Duarte")),
            ("staff were not consulted", Some("the union")),
        ]
    );
}

#[test]
fn a_fragment_of_reported_speech_points_to_it() {
    let input = in_article("The mayor said the talks had been “constructive” and would go on.");
    let article = parse(&input);
    let (index, _) = article
        .quotes
        .iter()
        .enumerate()
        .find(|(_, q)| q.kind == QuoteKind::Indirect)
        .unwrap();
    let fragment = quote_starting(&article, "constructive");
    assert_eq!(fragment.kind, QuoteKind::Partial);
    assert_eq!(fragment.part_of, Some(index));
}

#[test]
fn an_unresolved_mention_says_so() {
    let input = in_article("“We will appeal,” a spokesperson for the company said.");
    let article = parse(&input);
    let s = quote_starting(&article, "We will appeal")
        .speaker
        .as_ref()
        .unwrap();
    assert_eq!(s.name, s.mention);
    assert!(!s.resolved);
}

#[test]
fn quote_spans_slice_the_input_with_their_marks() {
    let input = include_str!("../fixtures/articles/quote_kinds.txt");
    let article = parse(input);
    for q in &article.quotes {
        let slice = q.span.slice(input).unwrap();
        if q.kind != QuoteKind::Indirect && q.kind != QuoteKind::MultiParagraph {
            assert!(slice.contains(&*q.text), "{slice:?} / {:?}", q.text);
            assert!(slice.len() > q.text.len(), "marks included: {slice:?}");
        }
        if let Some(s) = &q.speaker {
            assert_eq!(s.span.slice(input), Some(&*s.mention));
        }
        if let Some(c) = &q.cue {
            assert_eq!(c.span.slice(input), Some(&*c.text));
        }
    }
}

#[test]
fn a_name_first_seen_in_the_possessive_is_the_name_without_it() {
    let input = in_article(
        "Historian Marguerite Olander's new study follows the canal builders of the \
         valley.\n\n“Nobody wrote their names down,” Olander said.\n\n“The ledgers list \
         only the tools,” she said.",
    );
    let article = parse(&input);
    assert_eq!(
        speaker(&article, "Nobody wrote"),
        Some("Marguerite Olander")
    );
    assert_eq!(speaker(&article, "The ledgers"), Some("Marguerite Olander"));
}

#[test]
fn a_fragment_before_its_attribution_is_part_of_the_reported_sentence() {
    let input = in_article(
        "The harbour master spoke after the vote.\n\nThe new timetable is “a real problem \
         for the island,” says harbour master Jon Reve, who has run the port since 2009.",
    );
    let article = parse(&input);
    let (index, reported) = article
        .quotes
        .iter()
        .enumerate()
        .find(|(_, q)| q.kind == QuoteKind::Indirect)
        .unwrap();
    assert_eq!(
        reported.text,
        "The new timetable is “a real problem for the island,”"
    );
    assert_eq!(
        reported.speaker.as_ref().map(|s| &*s.name),
        Some("Jon Reve")
    );
    let fragment = quote_starting(&article, "a real problem");
    assert_eq!(fragment.kind, QuoteKind::Partial);
    assert_eq!(fragment.part_of, Some(index));
}

#[test]
fn a_person_described_again_is_the_next_speaker() {
    // Both men are named early; the one described again is who `he` is.
    let input = in_article(
        "Jon Reve fishes out of the northern harbour. So does Piet Marlow.\n\n\
         Marlow spoke at the first meeting of the season.\n\n\
         Later that week, the problems reached harbour master Jon Reve, 61, as well. \
         “We lost three boats this winter,” he said.",
    );
    let article = parse(&input);
    assert_eq!(speaker(&article, "We lost three boats"), Some("Jon Reve"));
}

#[test]
fn quoted_as_saying_in_the_passive_is_the_subjects() {
    let input = in_article("The mayor was quoted as saying: “We will win the vote.”");
    let article = parse(&input);
    let s = quote_starting(&article, "We will win").speaker.as_ref();
    assert_eq!(s.map(|s| s.mention.as_ref()), Some("The mayor"));
    // The active form quotes its object.
    let input = in_article("Local radio quoted an aide as saying: “We will win the vote.”");
    let article = parse(&input);
    let s = quote_starting(&article, "We will win").speaker.as_ref();
    assert_eq!(s.map(|s| s.mention.as_ref()), Some("an aide"));
}

#[test]
fn a_clause_reported_by_two_verbs_is_listed_once_by_the_nearer() {
    let input = "Mill to stay open\n\nThe company said in a statement on Tuesday, adding that it remained committed to the town.\n";
    let article = parse(input);
    let reported: Vec<_> = article
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .map(|q| (&*q.text, q.cue.as_ref().map(|c| &*c.text)))
        .collect();
    assert_eq!(
        reported,
        [("it remained committed to the town", Some("adding"))]
    );
}

#[test]
fn an_organisations_short_name_resolves_to_its_full_name() {
    let input = "Robot pickers arrive on farms\n\nFieldhand Robotics, a startup based in Fresno, said on Tuesday that it had sold 200 machines this year.\n\n\"We cannot build them fast enough,\" Fieldhand said in a statement.\n\nOntario Energy Board officials declined to comment. Ontario said it would review the rules.\n";
    let article = parse(input);
    let q = quote_starting(&article, "We cannot build");
    let speaker = q.speaker.as_ref().expect("attributed");
    assert_eq!(
        (&*speaker.mention, &*speaker.name, speaker.resolved),
        ("Fieldhand", "Fieldhand Robotics", true)
    );
    // A place opening an organisation's name is no short name for it.
    let q = quote_starting(&article, "it would review");
    assert_eq!(q.speaker.as_ref().map(|s| &*s.name), Some("Ontario"));
}

#[test]
fn transcript_turns_are_their_speakers_quotes() {
    let input = in_article(
        "Host Dana Reyes spoke to Mayor Luis Ortiz on Sunday.\n\n\
         REYES: Why should residents believe you now?\n\n\
         ORTIZ: Because the money is in the bank. I told the council, \"No more studies.\"\n\n\
         REYES: And if the funding falls through?\n\n\
         WATCH: The mayor on the flood walls",
    );
    let article = parse(&input);
    let turn = quote_starting(&article, "Because the money");
    assert_eq!(turn.kind, QuoteKind::Full);
    let who = turn
        .speaker
        .as_ref()
        .expect("a turn has its label's speaker");
    assert_eq!((&*who.name, &*who.mention), ("Luis Ortiz", "ORTIZ"));
    assert_eq!(speaker(&article, "And if the funding"), Some("Dana Reyes"));
    // The `I` of a quote inside a turn is the turn's speaker.
    assert_eq!(speaker(&article, "No more studies"), Some("Luis Ortiz"));
    // Furniture labels are no turn.
    assert!(
        article
            .quotes
            .iter()
            .all(|q| !q.text.starts_with("The mayor on"))
    );
}

#[test]
fn labels_without_a_dialogue_are_not_a_transcript() {
    // Topic labels, each once: a wire digest, not a transcript.
    let input = in_article(
        "US TRADE: Talks between the two sides opened on Monday.\n\n\
         EU BUDGET: Ministers met again without a deal.\n\n\
         OIL: Prices rose for a third day.",
    );
    let article = parse(&input);
    assert!(article.quotes.is_empty(), "{:?}", article.quotes);
}

#[test]
fn a_titled_name_before_of_is_the_speaker_and_the_place_is_not() {
    let input = in_article(
        "Sen. Tom Hart of Ohio told reporters the bill was dead.\n\n\
         \"We are close,\" said Gov. Ann Lee of Maine.\n\n\
         Ilhan Varga of Duluth said the road was closed.\n\n\
         Secretary of State Anna Berg said the talks would resume.\n\n\
         The British Chamber of Commerce said exports had slowed.",
    );
    let article = parse(&input);
    assert_eq!(speaker(&article, "the bill was dead"), Some("Tom Hart"));
    assert_eq!(speaker(&article, "We are close"), Some("Ann Lee"));
    assert_eq!(
        speaker(&article, "the road was closed"),
        Some("Ilhan Varga")
    );
    assert_eq!(
        speaker(&article, "the talks would resume"),
        Some("Anna Berg")
    );
    assert_eq!(
        speaker(&article, "exports had slowed"),
        Some("The British Chamber of Commerce")
    );
}

#[test]
fn a_headline_title_alone_names_the_one_person_the_body_gives_it() {
    let input = "Mayor says flood walls will hold\n\n\
                 Mayor Luis Ortiz said on Sunday that the walls would hold.\n";
    let article = parse(input);
    let q = quote_starting(&article, "flood walls will hold");
    let who = q.speaker.as_ref().expect("the headline's speaker");
    assert_eq!((&*who.name, &*who.mention), ("Luis Ortiz", "Mayor"));
}

#[test]
fn a_listener_before_a_quotation_or_with_a_role_is_skipped() {
    let input = in_article(
        "Mayor Ann Lee spoke on Sunday, telling host Dana Reyes that the wall would hold.\n\n\
         She told the council, \"No more studies.\"\n\n\
         But she shook her head and said no when reporters asked about the cost.",
    );
    let article = parse(&input);
    let reported: Vec<&str> = article
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .map(|q| &*q.text)
        .collect();
    // The listener is no part of what was said; a quotation after it is not reported
    // speech; `said no` is an answer.
    assert_eq!(reported, ["the wall would hold"]);
    assert_eq!(speaker(&article, "the wall would hold"), Some("Ann Lee"));
    assert_eq!(speaker(&article, "No more studies"), Some("Ann Lee"));
}

#[test]
fn nordic_dash_quotes_close_with_a_comma_before_the_verb() {
    let input = in_article(
        "Byrådet vedtok budsjettet torsdag kveld etter en lang debatt.\n\n\
         – Dette er en trist dag for byen, sier ordfører Kari Nordmann.\n\n\
         – Vi har ikke noe valg, siger borgmester Lars Holm til avisen.\n\n\
         – Päätös on väärä, sanoo Matti Virtanen.\n\n\
         -President Obama, tweeting after the speech.",
    );
    let article = parse(&input);
    assert_eq!(
        direct(&article),
        [
            (
                "Dette er en trist dag for byen",
                QuoteKind::Full,
                Some("Kari Nordmann")
            ),
            ("Vi har ikke noe valg", QuoteKind::Full, Some("Lars Holm")),
            ("Päätös on väärä", QuoteKind::Full, Some("Matti Virtanen")),
        ]
    );
}

#[test]
fn central_and_eastern_european_speech_verbs() {
    let input = in_article(
        "Zastupitelstvo ve čtvrtek schválilo rozpočet.\n\n\
         „Je to smutný den pro celé město,“ řekl primátor Jan Novák.\n\n\
         «Це сумний день для міста», – сказав мер Олександр Коваленко.\n\n\
         „Este o zi tristă pentru oraș”, a declarat primarul Ion Popescu.\n\n\
         \"Nema drugog izbora,\" rekao je gradonačelnik Ivan Horvat.",
    );
    let article = parse(&input);
    assert_eq!(speaker(&article, "Je to smutný den"), Some("Jan Novák"));
    assert_eq!(
        speaker(&article, "Це сумний день"),
        Some("Олександр Коваленко")
    );
    assert_eq!(speaker(&article, "Este o zi tristă"), Some("Ion Popescu"));
    assert_eq!(speaker(&article, "Nema drugog izbora"), Some("Ivan Horvat"));
}

#[test]
fn a_month_that_is_a_given_name() {
    let input = in_article(
        "\"It was seen as rote,\" said April Ryan, a historian.\n\n\
         Since last August Dean has led the talks, officials said.",
    );
    let article = parse(&input);
    assert_eq!(speaker(&article, "It was seen as rote"), Some("April Ryan"));
    // After `last`, the month is a date: no one is named `August Dean`.
    let names: Vec<&str> = article
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref().map(|s| &*s.name))
        .collect();
    assert!(names.iter().all(|n| !n.contains("August")), "{names:?}");
}

#[test]
fn an_unattributed_quote_is_nobodys_after_a_lone_capitalised_word() {
    // A sentence's first word in a language the lexicon does not know (`Tři`, three) is
    // no person the next quote could be by.
    let input = in_article(
        "Tři městské knihovny se na konci roku zavřou.\n\n\
         „Je to smutný den pro celé město.“",
    );
    let article = parse(&input);
    assert_eq!(speaker(&article, "Je to smutný den"), None);
}

#[test]
fn french_inverted_pronouns_and_role_appositions() {
    let input = in_article(
        "« C'est une triste journée pour la ville », a déclaré le maire, Jean Dupont.\n\n\
         « Nous n'avions pas le choix », a-t-il ajouté.\n\n\
         « Nous ferons tout pour rouvrir », a promis l'adjointe à la culture, Sophie Martin, \
         lors d'une conférence de presse.",
    );
    let article = parse(&input);
    assert_eq!(speaker(&article, "Nous n'avions pas"), Some("Jean Dupont"));
    assert_eq!(speaker(&article, "Nous ferons tout"), Some("Sophie Martin"));
}

#[test]
fn a_listener_after_the_name_and_separable_german_verbs() {
    let input = in_article(
        "\"É um dia triste para a cidade\", disse o prefeito João Silva ao jornal.\n\n\
         „Wir werden klagen“, kündigte Anna Vogel vom Förderverein an.",
    );
    let article = parse(&input);
    assert_eq!(speaker(&article, "É um dia triste"), Some("João Silva"));
    assert_eq!(speaker(&article, "Wir werden klagen"), Some("Anna Vogel"));
}

#[test]
fn dash_dialogue_after_an_attribution_and_colon() {
    let input = in_article(
        "El pleno aprobó el presupuesto el jueves.\n\n\
         El alcalde Juan Pérez dijo: —Es un día histórico para la ciudad.\n\n\
         The council met on Monday: - Members voted on the plan.",
    );
    let article = parse(&input);
    assert_eq!(
        direct(&article),
        [(
            "Es un día histórico para la ciudad.",
            QuoteKind::Full,
            Some("Juan Pérez")
        )]
    );
}

#[test]
fn title_case_transcript_labels_of_people_the_article_names() {
    let input = in_article(
        "Host Dana Reyes spoke to Mayor Luis Ortiz about the flood walls this week.\n\n\
         Dana Reyes: Mayor, thank you for joining us.\n\n\
         Luis Ortiz: Thank you for having me, Dana.\n\n\
         Reyes: Why should residents believe you now?\n\n\
         Navigation Roadblocks: Stores make you walk past what you do not need.",
    );
    let article = parse(&input);
    assert_eq!(
        speaker(&article, "Why should residents"),
        Some("Dana Reyes")
    );
    assert_eq!(
        speaker(&article, "Thank you for having me"),
        Some("Luis Ortiz")
    );
    // A heading in title case names nobody the article introduced.
    assert!(
        article
            .quotes
            .iter()
            .all(|q| !q.text.starts_with("Stores make you"))
    );
}

#[test]
fn mojibake_quotation_marks_pair_whichever_way_the_closing_byte_was_lost() {
    // The closing mark's third byte, 0x9D, is kept as U+009D or replaced by U+FFFD.
    for close in ["â€\u{9d}", "â€\u{fffd}"] {
        let input = in_article(&format!(
            "â€œWe are ready,{close} the envoy said on Tuesday at the base."
        ));
        let article = parse(&input);
        assert_eq!(
            speaker(&article, "We are ready"),
            Some("the envoy"),
            "{close:?}"
        );
        assert!(
            article
                .diagnostics
                .iter()
                .all(|d| d.kind != DiagnosticKind::UnclosedQuote),
            "{close:?}"
        );
    }
}

#[test]
fn a_relative_clause_on_the_speaker_and_a_dated_document_source() {
    let input = in_article(
        "\"We're not there yet,\" Mayor Ana Gomez told reporters.\n\n\
         \"It is a mess,\" one resident, who asked not to be named, said of the plan.\n\n\
         According to a county report released Monday, the closures will save $2 million.",
    );
    let article = parse(&input);
    let mess = quote_starting(&article, "It is a mess");
    assert_eq!(
        mess.speaker.as_ref().map(|s| &*s.name),
        Some("one resident")
    );
    assert_eq!(mess.cue.as_ref().map(|c| &*c.text), Some("said"));
    let q = quote_starting(&article, "the closures will save");
    assert_eq!(
        q.speaker.as_ref().map(|s| &*s.name),
        Some("a county report")
    );
}
