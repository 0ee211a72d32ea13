//! Each front-matter and trailer construct through the public API, one function per construct.

use newsparse::{Block, CivilDate, CivilTime, SignOffKind, TimestampKind, parse_article};

use crate::support::assert_invariants;

fn types(article: &newsparse::Article<'_>) -> Vec<&'static str> {
    article.blocks.iter().map(Block::type_name).collect()
}

#[test]
fn dateline_is_split_from_the_first_paragraph() {
    let input = "Ministers meet\n\nREYKJAVIK, Iceland – Senior diplomats met on Wednesday.\n";
    let article = parse_article(input).unwrap();
    assert_invariants(input, &article);
    let d = article.dateline.as_ref().unwrap();
    assert_eq!(d.place, ["REYKJAVIK", "Iceland"]);
    assert_eq!(d.agency, None);
    assert_eq!(article.body_text(), "Senior diplomats met on Wednesday.");
}

#[test]
fn dateline_date_is_resolved_from_a_timestamp() {
    let input = "Shares rise\n\nPublished May 20, 2021\n\nLONDON, May 19 (Reuters) - Shares rose on Wednesday in London.\n";
    let article = parse_article(input).unwrap();
    let d = article.dateline.as_ref().unwrap();
    assert_eq!(d.agency.as_deref(), Some("Reuters"));
    assert_eq!(d.date.as_deref(), Some("May 19"));
    assert_eq!(d.resolved_date, CivilDate::new(2021, 5, 19));
}

#[test]
fn dateline_on_a_line_of_its_own_opens_the_paragraph_under_it() {
    let input = "Snow returns to the western mountains\n\nBy Dana White, CNN\n\nCNN —\nThe snowpack across the West is at its lowest level in four decades, according to new data.\n";
    let article = parse_article(input).unwrap();
    assert_invariants(input, &article);
    let d = article.dateline.as_ref().unwrap();
    assert_eq!(d.agency.as_deref(), Some("CNN"));
    assert!(d.place.is_empty());
    assert_eq!(types(&article), ["headline", "byline", "paragraph"]);
    assert!(article.body_text().starts_with("The snowpack across"));
}

#[test]
fn section_label_over_the_title_is_its_kicker() {
    let input = "Climate\nSnowpack in the West is the lowest in 40 years\n\nBy Dana White, CNN\n\nThe snowpack across the West is at its lowest level in four decades, according to new data.\n";
    let article = parse_article(input).unwrap();
    assert_invariants(input, &article);
    assert_eq!(
        article.headline.as_ref().map(|h| &*h.text),
        Some("Snowpack in the West is the lowest in 40 years")
    );
    assert_eq!(types(&article)[..2], ["boilerplate", "headline"]);
    // Without a byline or date under the title, the first line stays the headline.
    let input = "Climate\nSnowpack in the West is the lowest in 40 years\n\nThe snowpack across the West is at its lowest level in four decades, according to new data.\n";
    let article = parse_article(input).unwrap();
    assert_eq!(article.headline.as_ref().map(|h| &*h.text), Some("Climate"));
}

#[test]
fn opening_clause_is_not_a_dateline() {
    let input = "Talks resume\n\nIn Washington, the mood was grim — officials said nothing at all about the talks.\n";
    let article = parse_article(input).unwrap();
    assert!(article.dateline.is_none());
}

#[test]
fn byline_splits_authors_and_organisation() {
    let input = "Talks resume\n\nBy Jane Doe and John Roe, Associated Press\n\nThe talks resumed on Monday after a long break, officials said.\n";
    let article = parse_article(input).unwrap();
    assert_invariants(input, &article);
    let b = article.byline.as_ref().unwrap();
    let names: Vec<&str> = b.authors.iter().map(|a| &*a.name).collect();
    assert_eq!(names, ["Jane Doe", "John Roe"]);
    assert_eq!(b.organization.as_deref(), Some("Associated Press"));
    assert_eq!(types(&article), ["headline", "byline", "paragraph"]);
}

#[test]
fn timestamp_has_kind_date_time_and_zone() {
    let input = "Talks resume\n\nUpdated: 19 May 2021 14:02 BST\n\nThe talks resumed on Monday after a long break, officials said.\n";
    let article = parse_article(input).unwrap();
    let t = article.timestamps().next().unwrap();
    assert_eq!(t.kind, TimestampKind::Updated);
    assert_eq!(t.date, CivilDate::new(2021, 5, 19));
    assert_eq!(t.time, CivilTime::new(14, 2));
    assert_eq!(t.zone.as_deref(), Some("BST"));
}

#[test]
fn dek_sits_between_headline_and_byline() {
    let input = "Old bug crashes game servers\n\nA two-year-old flaw exposes thousands of servers to attack.\n\nBy Jane Doe\n\nA flaw in a popular online game lets anyone crash its servers, researchers said.\n";
    let article = parse_article(input).unwrap();
    assert_eq!(types(&article), ["headline", "dek", "byline", "paragraph"]);
}

#[test]
fn repeated_caption_points_at_the_first() {
    let caption = "Jane Doe, left, greets John Roe, right, as they arrive for talks on Monday. (Associated press)";
    let spaced = caption.replace(". (", ".  (");
    let input = format!(
        "Talks resume\n\nThe talks resumed on Monday after a long break, officials said.\n\n{spaced}\n\n{caption}\n"
    );
    let article = parse_article(&input).unwrap();
    assert_invariants(&input, &article);
    let captions: Vec<_> = article.captions().collect();
    assert_eq!(captions.len(), 2);
    assert_eq!(captions[0].credit.as_deref(), Some("Associated press"));
    assert_eq!(captions[0].duplicate_of, None);
    assert_eq!(captions[1].duplicate_of, Some(2));
    assert_eq!(
        captions[0].text,
        "Jane Doe, left, greets John Roe, right, as they arrive for talks on Monday."
    );
    assert_eq!(article.diagnostics.len(), 1);
}

#[test]
fn sign_offs_have_kinds() {
    let input = "Talks resume\n\nThe talks resumed on Monday after a long break, officials said.\n\nAssociated Press writer Jane Doe contributed to this report.\n\nCorrection: An earlier version misspelled a name.\n\n Reuter\n";
    let article = parse_article(input).unwrap();
    let kinds: Vec<SignOffKind> = article.sign_offs().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            SignOffKind::Contributor,
            SignOffKind::Correction,
            SignOffKind::Wire
        ]
    );
}

#[test]
fn subheading_and_spread_list() {
    let input = "Heat wave\n\nThe heat broke records across the region on Monday, forecasters said.\n\nWhat to do\n\nOfficials gave residents a short list of advice for the week:\nDrink water\nStay indoors\nCheck on neighbours\n\nThe heat is expected to ease by Thursday, the weather service said.\n";
    let article = parse_article(input).unwrap();
    assert_invariants(input, &article);
    assert_eq!(
        types(&article),
        [
            "headline",
            "paragraph",
            "subheading",
            "paragraph",
            "list",
            "paragraph"
        ]
    );
    let Some(Block::List(list)) = article.blocks.get(4) else {
        panic!("a list")
    };
    let items: Vec<&str> = list.items.iter().map(|i| &*i.text).collect();
    assert_eq!(
        items,
        ["Drink water", "Stay indoors", "Check on neighbours"]
    );
}

#[test]
fn a_short_label_over_plain_lines_in_one_block_is_a_list() {
    let input = "Teachers vote to strike\n\nTeachers voted to strike for 24 hours next week, the union said on Tuesday.\n\nKey points:\nTeachers will strike next Wednesday\nThe union rejected a pay offer\nSchools will stay open\n\nThe strike is the first in 15 years, the union said.\n";
    let article = parse_article(input).unwrap();
    assert_invariants(input, &article);
    assert_eq!(
        types(&article),
        ["headline", "paragraph", "paragraph", "list", "paragraph"]
    );
    let Some(Block::List(list)) = article.blocks.get(3) else {
        panic!("a list")
    };
    assert_eq!(list.items.len(), 3);
}

#[test]
fn byline_takes_the_organisation_line_under_it() {
    let input = "Depot plan angers residents\n\nBy Rhian Pugh\nBBC News, Cardiff\n\nThe council says the depot is needed to house a new fleet of electric buses.\n";
    let article = parse_article(input).unwrap();
    assert_invariants(input, &article);
    let b = article.byline.as_ref().unwrap();
    assert_eq!(b.text, "Rhian Pugh");
    assert_eq!(b.organization.as_deref(), Some("BBC News"));
    assert_eq!(
        b.span.slice(input),
        Some("By Rhian Pugh\nBBC News, Cardiff")
    );
    assert_eq!(types(&article), ["headline", "byline", "paragraph"]);
}

#[test]
fn wire_credit_line_is_a_byline_with_roles() {
    let input = "Port strike enters second day\n\nROTTERDAM, June 3 (Reuters) - Container traffic stood still for a second day on Friday.\n\n(Reporting by Jane Doe in Hamburg; Editing by John Roe)\n";
    let article = parse_article(input).unwrap();
    let Some(Block::Byline(b)) = article.blocks.last() else {
        panic!("a credit line")
    };
    let roles: Vec<_> = b
        .authors
        .iter()
        .map(|a| (&*a.name, a.role.as_deref()))
        .collect();
    assert_eq!(
        roles,
        [
            ("Jane Doe", Some("Reporting")),
            ("John Roe", Some("Editing"))
        ]
    );
}

#[test]
fn bare_date_without_a_year_is_not_a_timestamp() {
    let input = "Scotland v Italy\n\nSaturday, 26 February\n\nItaly travel to Edinburgh with high hopes after two narrow defeats at home this month.\n";
    let article = parse_article(input).unwrap();
    assert_eq!(article.timestamps().count(), 0);
}

#[test]
fn an_embedded_post_is_signed_and_quoted() {
    let input = "Storm closes schools\n\nBy Ada Kerr\n\nSchools across the county closed on Monday as the storm moved in.\n\nStay off the roads tonight.\nPlows need room to work. pic.twitter.com/Ab12Cd34\n\n\u{2014} Gov. Lena Ortiz (@GovLenaOrtiz) January 12, 2026\n\nThe storm is expected to pass by Tuesday.\n";
    let article = parse_article(input).unwrap();
    assert_invariants(input, &article);
    let embeds: Vec<_> = article.embeds().collect();
    let [e] = embeds.as_slice() else {
        panic!("one embed: {:?}", types(&article))
    };
    assert_eq!(e.platform, newsparse::EmbedPlatform::Twitter);
    assert_eq!(e.author.as_deref(), Some("Gov. Lena Ortiz"));
    assert_eq!(e.handle.as_deref(), Some("GovLenaOrtiz"));
    assert_eq!(e.date, newsparse::CivilDate::new(2026, 1, 12));
    // The post's two lines stay in the body; the embed points at the first.
    let post = e.post_span.and_then(|s| s.slice(input));
    assert_eq!(
        post,
        Some("Stay off the roads tonight.\nPlows need room to work. pic.twitter.com/Ab12Cd34")
    );
    let first = e.post_block.and_then(|i| article.blocks.get(i));
    assert_eq!(first.map(Block::text), Some("Stay off the roads tonight."));
    let quote = article
        .quotes
        .iter()
        .find(|q| q.kind == newsparse::QuoteKind::Post)
        .expect("the post is quoted");
    assert_eq!(Some(quote.span), e.post_span);
    let speaker = quote.speaker.as_ref().expect("the account speaks");
    assert_eq!(
        (&*speaker.name, speaker.title.as_deref()),
        ("Lena Ortiz", Some("Gov."))
    );
    assert!(quote.cue.is_none());
}

#[test]
fn a_long_paragraph_above_a_signature_is_not_its_post() {
    let para = "The county board met for four hours on Monday night and voted to delay the plan. "
        .repeat(5);
    let input = format!(
        "Board delays plan\n\n{para}\n\n- County Board (@countyboard) March 3, 2026\n\nA new vote is set for April.\n"
    );
    let article = parse_article(&input).unwrap();
    assert_invariants(&input, &article);
    let e = article.embeds().next().expect("the signature is an embed");
    assert_eq!(e.post_span, None);
    assert!(
        article
            .quotes
            .iter()
            .all(|q| q.kind != newsparse::QuoteKind::Post)
    );
    assert_eq!(
        types(&article),
        ["headline", "paragraph", "boilerplate", "paragraph"]
    );
}

#[test]
fn a_video_storys_watch_title_over_its_byline_is_the_headline() {
    let body = "The city council voted 7-2 on Tuesday night to close the old library branch on Elm Street, ending a two-year fight over its future.\n\nThe branch will close in June, and its books will move to the central library downtown. Residents said they would keep fighting the decision at the next meeting.\n";
    let clean = format!(
        "WATCH: Council votes to close the library\n\nBy Jo Bloggs\nMarch 3, 2026\n\n{body}"
    );
    let scraped =
        format!("Home\nNews\nSports\nWeather\n\n{clean}\nShare this story\n\nLeave a Reply\n");
    for input in [&clean, &scraped] {
        let article = parse_article(input).unwrap();
        assert_invariants(input, &article);
        let headline = article.headline.as_ref().map(|h| &*h.text);
        assert_eq!(headline, Some("WATCH: Council votes to close the library"));
    }
    // In the body, the same line is a link to another story.
    let inline = format!(
        "{clean}\nWATCH: Residents protest outside city hall\n\nThe vote was the second this year.\n"
    );
    let article = parse_article(&inline).unwrap();
    let link = article
        .blocks
        .iter()
        .find(|b| b.text().starts_with("WATCH: Residents"));
    assert!(matches!(link, Some(Block::Boilerplate(_))), "{link:?}");
}

#[test]
fn no_break_spaces_in_a_byline_and_a_date() {
    let input = "Council votes to close library\n\nBy\u{a0}Jane Doe\nMarch\u{a0}3, 2026\n\nThe city council voted 7-2 on Tuesday night to close the old library branch on Elm Street, ending a two-year fight over its future.\n";
    let article = parse_article(input).unwrap();
    assert_invariants(input, &article);
    let byline = article.byline.as_ref().expect("a byline");
    assert_eq!(byline.text, "Jane Doe");
    let stamp = article.timestamps().next().expect("a timestamp");
    assert_eq!(stamp.text, "March\u{a0}3, 2026");
    assert_eq!(stamp.date, CivilDate::new(2026, 3, 3));
}

/// A scraper's `&nbsp;` between words reads as a space in every construct: each fixture with
/// every other space between two words made a no-break space parses to the same blocks and
/// quotes, with spans on the input.
#[test]
fn no_break_spaces_between_words_change_nothing() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
    for name in [
        "cnn_style.txt",
        "guardian_page.txt",
        "ap_web_page.txt",
        "french_guillemets.txt",
    ] {
        let text = std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
        let mut spaced = String::with_capacity(text.len() * 2);
        let mut prev = ' ';
        let mut flip = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let between = c == ' '
                && !prev.is_whitespace()
                && chars.peek().is_some_and(|n| !n.is_whitespace());
            flip ^= between;
            spaced.push(if between && flip { '\u{a0}' } else { c });
            prev = c;
        }
        let plain = parse_article(&text).unwrap();
        let article = parse_article(&spaced).unwrap();
        assert_invariants(&spaced, &article);
        assert_eq!(types(&article), types(&plain), "{name}");
        let speakers = |a: &newsparse::Article<'_>| -> Vec<String> {
            a.quotes
                .iter()
                .map(|q| {
                    q.speaker
                        .as_ref()
                        .map_or(String::new(), |s| s.name.replace('\u{a0}', " "))
                })
                .collect()
        };
        assert_eq!(speakers(&article), speakers(&plain), "{name}");
    }
}

#[test]
fn a_title_case_dateline_with_its_country_or_state() {
    for (line, place) in [
        (
            "Kyiv, Ukraine — The council voted on Thursday to close the libraries.",
            ["Kyiv", "Ukraine"],
        ),
        (
            "Springfield, Ill. — The council voted on Thursday to close the libraries.",
            ["Springfield", "Ill."],
        ),
    ] {
        let input = format!(
            "A headline for the test\n\n{line}\n\nThe decision was taken by a narrow majority of the members.\n"
        );
        let article = newsparse::parse_article(&input).unwrap();
        let d = article.dateline.expect("a dateline");
        assert_eq!(d.place, place);
    }
    // An opening clause has no country after its comma.
    let input = "A headline for the test\n\nSmith, however — the council voted on Thursday to close the libraries.\n";
    assert!(newsparse::parse_article(input).unwrap().dateline.is_none());
}
