//! Page boilerplate: every piece of page furniture stays in the tree, typed by kind, and the
//! article body is what remains.

use newsparse::{Article, Block, BoilerplateKind as K, ParseOptions, parse_article};

use crate::support::assert_invariants;

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/articles/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).unwrap()
}

/// The kind of the boilerplate block whose text is `text`, or `None` when that block is
/// article content. Panics when no block has this text.
fn kind_of(article: &Article<'_>, text: &str) -> Option<K> {
    let block = article
        .blocks
        .iter()
        .find(|b| b.text() == text)
        .unwrap_or_else(|| panic!("no block {text:?}"));
    match block {
        Block::Boilerplate(b) => Some(b.kind),
        _ => None,
    }
}

/// All boilerplate blocks whose text is `text` (menus repeat).
fn kinds_of(article: &Article<'_>, text: &str) -> Vec<Option<K>> {
    article
        .blocks
        .iter()
        .filter(|b| b.text() == text)
        .map(|b| match b {
            Block::Boilerplate(b) => Some(b.kind),
            _ => None,
        })
        .collect()
}

fn assert_body_has(article: &Article<'_>, starts: &[&str]) {
    let body: Vec<&str> = article.body().map(Block::text).collect();
    for start in starts {
        assert!(
            body.iter().any(|b| b.starts_with(start)),
            "body lost {start:?}: {body:#?}"
        );
    }
}

#[test]
fn paywall_page_furniture_is_typed() {
    let input = fixture("paywall_page.txt");
    let article = parse_article(&input).unwrap();
    assert_invariants(&input, &article);

    assert_eq!(
        article.headline.as_ref().map(|h| &*h.text),
        Some("Ferry operator orders two electric boats for the bay crossing")
    );
    assert_eq!(
        kind_of(
            &article,
            "We use cookies to improve your experience on our site and to show you relevant advertising. By continuing to browse, you agree to our use of cookies."
        ),
        Some(K::CookieNotice)
    );
    assert_eq!(
        kind_of(&article, "Accept all cookies"),
        Some(K::CookieNotice)
    );
    // The menu is shown twice (desktop and mobile); both copies are navigation.
    assert_eq!(
        kinds_of(&article, "Sports"),
        [Some(K::Navigation), Some(K::Navigation)]
    );
    assert_eq!(kind_of(&article, "Subscribe"), Some(K::Subscription));
    // The section label right above the headline.
    assert_eq!(
        kinds_of(&article, "Business").last().copied().flatten(),
        Some(K::Category)
    );
    // Front matter is left to the classifier.
    assert_eq!(kind_of(&article, "Thomas Reyes"), None);
    assert_eq!(
        kind_of(&article, "Published March 4, 2025 at 7:40 a.m."),
        None
    );

    assert_eq!(kind_of(&article, "Advertisement"), Some(K::Advertisement));
    assert_eq!(
        kind_of(
            &article,
            "Sign up for our morning newsletter and get the day's business news delivered to your inbox."
        ),
        Some(K::Newsletter)
    );
    assert_eq!(
        kind_of(&article, "Charging at the dock"),
        None,
        "a subheading"
    );
    assert_eq!(
        kind_of(&article, "Subscribe to keep reading"),
        Some(K::Subscription)
    );
    assert_eq!(
        kind_of(&article, "Already a subscriber? Log in"),
        Some(K::Subscription)
    );
    assert_eq!(
        kind_of(
            &article,
            "Thomas Reyes is a business reporter for the Harbor Gazette, covering transportation and the port. He joined the paper in 2019."
        ),
        Some(K::AuthorBio)
    );
    assert_eq!(kind_of(&article, "More Business Stories"), Some(K::Related));
    assert_eq!(
        kind_of(&article, "Port traffic rises for third straight month"),
        Some(K::Related)
    );
    assert_eq!(
        kind_of(
            &article,
            "© 2025 Harbor Gazette Media. All rights reserved."
        ),
        Some(K::Copyright)
    );
    assert_eq!(
        kind_of(&article, "Privacy Policy | Terms of Service | Contact Us"),
        Some(K::Navigation)
    );

    assert_body_has(
        &article,
        &[
            "Bayline Ferries said on Monday",
            "The vessels, each able to carry",
            "Chief executive Lena Marsh",
            "The ferries will charge",
            "Charging at the dock",
            "Engineers had worried",
            "Not everyone is pleased.",
        ],
    );
    assert!(!article.body_text().contains("cookies"));
    assert!(!article.body_text().contains("subscriber"));
}

#[test]
fn blog_comment_thread_and_disclosure_are_typed() {
    let input = fixture("review_blog.txt");
    let article = parse_article(&input).unwrap();
    assert_invariants(&input, &article);

    assert_eq!(
        article.headline.as_ref().map(|h| &*h.text),
        Some("I Tested Five Cast-Iron Skillets for a Month. Here Is the One I Kept.")
    );
    assert_eq!(kind_of(&article, "The Slow Kitchen"), Some(K::Navigation));
    assert_eq!(
        kind_of(
            &article,
            "This post contains affiliate links. If you buy something through our links, we may earn a commission at no extra cost to you."
        ),
        Some(K::Disclosure)
    );
    assert_eq!(
        kind_of(&article, "Filed under: Gear, Cast iron, Reviews"),
        Some(K::Category)
    );
    assert_eq!(kind_of(&article, "Share this:"), Some(K::Share));
    assert_eq!(kind_of(&article, "Pinterest"), Some(K::Share));
    assert_eq!(kind_of(&article, "You might also like"), Some(K::Related));
    assert_eq!(
        kind_of(&article, "How to season cast iron in your oven"),
        Some(K::Related)
    );
    assert_eq!(kind_of(&article, "4 Comments"), Some(K::Comments));
    // The thread: names, dates, comments and reply buttons.
    assert_eq!(kind_of(&article, "Marta Ilves"), Some(K::Comments));
    assert_eq!(
        kind_of(
            &article,
            "Ha, it doubles as a workout. Glad it is cooking well for you, Marta."
        ),
        Some(K::Comments)
    );
    assert_eq!(kinds_of(&article, "Reply"), [Some(K::Comments); 3]);
    assert_eq!(kind_of(&article, "Leave a Reply"), Some(K::CommentForm));
    assert_eq!(kind_of(&article, "Post Comment"), Some(K::CommentForm));
    assert_eq!(
        kind_of(&article, "© 2025 The Slow Kitchen"),
        Some(K::Copyright)
    );

    assert_body_has(
        &article,
        &[
            "I have cooked with the same",
            "The test was simple",
            "The lightest pan",
            "The one I kept",
            "In the end I kept",
            "If you already own a skillet",
        ],
    );
    assert!(!article.body_text().contains("Reply"));
}

#[test]
fn other_languages_keep_their_body() {
    for (name, first, last) in [
        (
            "portuguese_page.txt",
            "A cheia do rio Piracema",
            "A previsão do tempo",
        ),
        ("korean_page.txt", "강원 평창군 일대에", "기상청은 20일"),
    ] {
        let input = fixture(name);
        let article = parse_article(&input).unwrap();
        assert_body_has(&article, &[first, last]);
        let kinds: Vec<K> = article.boilerplate().map(|b| b.kind).collect();
        for kind in [K::Navigation, K::Share, K::Related, K::Copyright] {
            assert!(kinds.contains(&kind), "{name}: no {kind:?} in {kinds:?}");
        }
    }
}

#[test]
fn clean_copy_keeps_every_paragraph() {
    // A results table in wire copy is not a menu.
    let input = "Henman reaches the final\n\nTim Henman beat the second seed in straight sets on Saturday to reach his first final of the season.\n\nLeading seeds:\n\n1 Roger Federer (Switzerland)\n\n2 Andy Roddick (US)\n\n3 Lleyton Hewitt (Australia)\n\n4 Marat Safin (Russia)\n";
    let article = parse_article(input).unwrap();
    assert_eq!(article.boilerplate().count(), 0);
    assert_eq!(article.body().count(), 6);
}

#[test]
fn page_heuristics_can_be_switched_off() {
    let input = fixture("paywall_page.txt");
    let options = ParseOptions::default().with_page_heuristics(false);
    let article = newsparse::parse_article_with(&input, &options).unwrap();
    assert_invariants(&input, &article);
    // Without the page analysis, menus are text ...
    assert_eq!(kinds_of(&article, "Sports"), [None, None]);
    // ... and only known phrases are boilerplate.
    assert_eq!(kind_of(&article, "Advertisement"), Some(K::Advertisement));
    assert_eq!(
        kind_of(
            &article,
            "© 2025 Harbor Gazette Media. All rights reserved."
        ),
        Some(K::Copyright)
    );
    assert_eq!(
        article.headline.as_ref().map(|h| &*h.text),
        Some("Harbor Gazette"),
        "the first title-shaped line"
    );
}

#[test]
fn user_phrases_extend_the_lexicon() {
    let input = "Council backs the park plan\n\nThe council voted on Tuesday to approve the riverside park plan after two delays.\n\nThis story was produced with support from the Riverside Fund.\n";
    let plain = parse_article(input).unwrap();
    assert_eq!(plain.boilerplate().count(), 0);
    let options = ParseOptions::default()
        .with_boilerplate_phrase(K::Disclosure, "produced with support from");
    let article = newsparse::parse_article_with(input, &options).unwrap();
    let kinds: Vec<K> = article.boilerplate().map(|b| b.kind).collect();
    assert_eq!(kinds, [K::Disclosure]);
}

/// The article's head on scraped pages whose menus come first: the headline is the title
/// line that the author or date line signs, not the menu entry or dek nearest the text, and
/// the author line stays a byline even among share rows and page-navigation links.
#[test]
fn head_of_scraped_pages() {
    let cases = [
        (
            "menu_first_blog.txt",
            "Why my sourdough starter died in the cold snap",
            "Priya Raman",
            "Every winter I forget",
        ),
        (
            "byline_between_share_rows.txt",
            "Ferry service to the outer islands resumes after storm repairs",
            "Tomás Quiroga",
            "Passenger ferries to the three outer islands",
        ),
        (
            "platform_header_post.txt",
            "What a year of night shifts taught me about sleep",
            "Rosa Delgado",
            "For twelve months I worked",
        ),
        (
            "spanish_menu_page.txt",
            "Reabre el teatro municipal tras cinco años de obras",
            "María Fernanda Ruiz",
            "El teatro municipal de la ciudad",
        ),
    ];
    for (name, headline, author, body) in cases {
        let input = fixture(name);
        let article = parse_article(&input).unwrap();
        assert_invariants(&input, &article);
        assert_eq!(
            article.headline.as_ref().map(|h| &*h.text),
            Some(headline),
            "{name}"
        );
        let byline = article.byline.as_ref().expect(name);
        assert_eq!(byline.authors.len(), 1, "{name}");
        assert_eq!(&*byline.authors[0].name, author, "{name}");
        assert_body_has(&article, &[body]);
        // Page navigation around the byline is furniture, not body.
        let body_text: Vec<&str> = article.body().map(Block::text).collect();
        for furniture in [
            "Older Post",
            "Newer Post",
            "Share on Twitter",
            "Compartir",
            "Publish this draft?",
            "Log in / Join",
        ] {
            assert!(!body_text.contains(&furniture), "{name}: {furniture}");
        }
    }
    let input = fixture("spanish_menu_page.txt");
    let article = parse_article(&input).unwrap();
    assert!(
        article.blocks.iter().any(|b| matches!(b, Block::Dek(_))),
        "the sentence under the Spanish headline is its dek"
    );
}

/// A bare name right under the headline of a scraped page (a view counter between them) is
/// its byline; a place name further down the head, after other lines, is not.
#[test]
fn bare_name_under_a_scraped_headline() {
    let para = "The council voted on Tuesday to approve the plan, which had been delayed twice since the spring by arguments over its cost and its route.";
    let para2 = "Work on the first phase, a path along the river and a boat launch, could begin next year if the state grant comes through in time.";
    let input = format!(
        "Home\n\nNews\n\nSport\n\nSign In\n\nSubscribe\n\nHow the riverside park plan finally won over the council\n\n1,204\n\nAnn Lee\n\nShare on Facebook\n\nShare on Twitter\n\n{para}\n\n{para2}\n\nLeave a Reply\n"
    );
    let article = parse_article(&input).unwrap();
    assert_invariants(&input, &article);
    assert_eq!(
        article.headline.as_ref().map(|h| &*h.text),
        Some("How the riverside park plan finally won over the council")
    );
    let byline = article.byline.as_ref().expect("the name is the byline");
    assert_eq!(&*byline.authors[0].name, "Ann Lee");

    let input = format!(
        "Home\n\nNews\n\nSport\n\nSign In\n\nSubscribe\n\nHow the riverside park plan finally won over the council\n\nUsername\n\nNew Jersey\n\nShare on Facebook\n\nShare on Twitter\n\n{para}\n\n{para2}\n\nLeave a Reply\n"
    );
    let article = parse_article(&input).unwrap();
    assert_invariants(&input, &article);
    assert!(article.byline.is_none(), "{:?}", article.byline);
}

/// A title-case headline with a longer sentence-case line under it (no final period) and
/// the byline after both: the first is the headline, the second its dek, not body.
#[test]
fn title_with_unpunctuated_dek_on_a_scraped_page() {
    let para = "The council voted on Tuesday to approve the plan, which had been delayed twice since the spring by arguments over its cost and its route.";
    let para2 = "Work on the first phase, a path along the river and a boat launch, could begin next year if the state grant comes through in time.";
    let input = format!(
        "Home\n\nNews\n\nSign In\n\nSubscribe\n\nCouncil Backs Riverside Park After Two Delays\n\nthe vote clears the way for a riverside path and a boat launch as early as next spring\n\nBy Ann Lee\n\nShare on Facebook\n\nShare on Twitter\n\n{para}\n\n{para2}\n\nLeave a Reply\n"
    );
    let article = parse_article(&input).unwrap();
    assert_invariants(&input, &article);
    assert_eq!(
        article.headline.as_ref().map(|h| &*h.text),
        Some("Council Backs Riverside Park After Two Delays")
    );
    assert!(
        article.blocks.iter().any(|b| matches!(b, Block::Dek(d)
            if d.text.starts_with("the vote clears the way"))),
        "{:#?}",
        article.blocks
    );
    assert_body_has(&article, &["The council voted on Tuesday"]);
    assert!(
        !article
            .body()
            .any(|b| b.text().starts_with("the vote clears the way"))
    );
}

#[test]
fn an_about_heading_with_a_persons_name_closes_the_article_with_an_author_box() {
    let text = "Why the ferry timetable keeps slipping\n\n\
        The new ferry timetable was meant to start in March, but the operator has pushed it back twice because two of its boats are still in dry dock.\n\n\
        Passengers on the island route say the delays have cost them work and school days, and the council wants the operator to publish a firm date.\n\n\
        About Maria Lopez\n\n\
        Mother of two and a former harbour pilot, Maria has written about the islands and their boats for ten years.\n";
    let article = parse_article(text).unwrap();
    assert_invariants(text, &article);
    assert_eq!(kind_of(&article, "About Maria Lopez"), Some(K::AuthorBio));
    assert_eq!(
        kind_of(
            &article,
            "Mother of two and a former harbour pilot, Maria has written about the islands and their boats for ten years."
        ),
        Some(K::AuthorBio)
    );
    assert!(article.body_text().contains("firm date"));
    // A company's profile is not an author box.
    let text = text.replace("About Maria Lopez", "About Harbour Ferries Ltd");
    let article = parse_article(&text).unwrap();
    assert_eq!(kind_of(&article, "About Harbour Ferries Ltd"), None);
}
