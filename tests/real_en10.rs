#[path = "papers_support/mod.rs"]
mod papers_support;

// An English paper in Chicago notes with an MLA / Chicago list whose
// translators, editors and introducers are written as sentences after the
// title: `Title. Trans. Willard R. Trask. Princeton: …`, `Ed. John Smith.`,
// `Edited and translated by Michael Holquist.`, `Introd. Krystyna
// Pomorska.`, and the lowercase forms. Expected values were written by
// reading the list.

use opcit::model::{CitationKind, CslItem, Status};
use papers_support::{editors, entry, note_links, run_text};

const PAPER: &str = "The study of ecstatic religion.1 Its theory of the sacred.2 On \
sympathy.3 Jurisprudence.4 The storyteller.5 Heteroglossia.6 Carnival.7 The \
forms of religious life.8 Charisma.9

1 Mircea Eliade, Shamanism: Archaic Techniques of Ecstasy, trans. Willard R. Trask (Princeton: Princeton University Press, 1964), 45.
2 Mircea Eliade, Patterns in Comparative Religion, trans. Rosemary Sheed (New York: Sheed and Ward, 1958), 12.
3 Adam Smith, Essays on Philosophical Subjects, ed. John Smith (Oxford: Clarendon Press, 1980), 33.
4 Adam Smith, Lectures on Jurisprudence, ed. Ronald L. Meek (Oxford: Clarendon Press, 1978), 7.
5 Walter Benjamin, Illuminations, ed. Hannah Arendt, trans. Harry Zohn (New York: Schocken, 1969), 83.
6 Mikhail Bakhtin, The Dialogic Imagination, ed. and trans. Michael Holquist (Austin: University of Texas Press, 1981), 291.
7 Mikhail Bakhtin, Rabelais and His World, trans. Hélène Iswolsky (Bloomington: Indiana University Press, 1984), 10.
8 Émile Durkheim, Les formes élémentaires de la vie religieuse, trad. Jean Dupont (Paris: Alcan, 1912), 5.
9 Max Weber, Wirtschaft und Gesellschaft, hrsg. v. Johannes Winckelmann (Tübingen: Mohr, 1980), 140.

Works Cited

Bakhtin, Mikhail. The Dialogic Imagination: Four Essays. Edited and translated by Michael Holquist. Austin: University of Texas Press, 1981.
Bakhtin, Mikhail. Rabelais and His World. Trans. Hélène Iswolsky. Introd. Krystyna Pomorska. Bloomington: Indiana University Press, 1984.
Benjamin, Walter. Illuminations. Ed. Hannah Arendt. Trans. Harry Zohn. New York: Schocken, 1969.
Durkheim, Émile. Les formes élémentaires de la vie religieuse. Trad. Jean Dupont. Paris: Alcan, 1912.
Eliade, Mircea. Patterns in Comparative Religion. trans. Rosemary Sheed. New York: Sheed and Ward, 1958.
Eliade, Mircea. Shamanism: Archaic Techniques of Ecstasy. Trans. Willard R. Trask. Princeton: Princeton University Press, 1964.
Smith, Adam. Essays on Philosophical Subjects. Ed. John Smith. Oxford: Clarendon Press, 1980.
Smith, Adam. Lectures on Jurisprudence. ed. Ronald L. Meek. Oxford: Clarendon Press, 1978.
Weber, Max. Wirtschaft und Gesellschaft. Hrsg. v. Johannes Winckelmann. Tübingen: Mohr, 1980.
";

/// An entry's number, title, place, translators' and editors' family names.
type Entry = (
    usize,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

fn translators(item: &CslItem) -> Vec<&str> {
    item.translator
        .iter()
        .filter_map(|n| n.family.as_deref())
        .collect()
}

#[test]
fn every_note_links_to_the_entry_it_cites() {
    let doc = run_text(PAPER);
    for (n, target) in [
        (1, 6),
        (2, 5),
        (3, 7),
        (4, 8),
        (5, 3),
        (6, 1),
        (7, 2),
        (8, 4),
        (9, 9),
    ] {
        assert_eq!(
            note_links(&doc, n),
            [(CitationKind::Full, Status::Resolved, Some(target))],
            "note {n}"
        );
    }
    assert!(
        doc.diagnostics.is_empty(),
        "no findings: {:#?}",
        doc.diagnostics
    );
}

#[test]
fn a_role_sentence_after_the_title_is_neither_title_nor_place() {
    let doc = run_text(PAPER);
    let expected: [Entry; 9] = [
        (
            1,
            "The Dialogic Imagination: Four Essays",
            "Austin",
            &["Holquist"],
            &["Holquist"],
        ),
        (
            2,
            "Rabelais and His World",
            "Bloomington",
            &["Iswolsky"],
            &[],
        ),
        (3, "Illuminations", "New York", &["Zohn"], &["Arendt"]),
        (
            4,
            "Les formes élémentaires de la vie religieuse",
            "Paris",
            &["Dupont"],
            &[],
        ),
        (
            5,
            "Patterns in Comparative Religion",
            "New York",
            &["Sheed"],
            &[],
        ),
        (
            6,
            "Shamanism: Archaic Techniques of Ecstasy",
            "Princeton",
            &["Trask"],
            &[],
        ),
        (
            7,
            "Essays on Philosophical Subjects",
            "Oxford",
            &[],
            &["Smith"],
        ),
        (8, "Lectures on Jurisprudence", "Oxford", &[], &["Meek"]),
        (
            9,
            "Wirtschaft und Gesellschaft",
            "Tübingen",
            &[],
            &["Winckelmann"],
        ),
    ];
    for (n, title, place, trans, eds) in expected {
        let e = entry(&doc, n);
        assert_eq!(e.title.as_deref(), Some(title), "entry {n}");
        assert_eq!(e.publisher_place.as_deref(), Some(place), "entry {n}");
        assert_eq!(translators(e), trans, "entry {n}");
        let families: Vec<&str> = editors(e).into_iter().map(|(f, _)| f).collect();
        assert_eq!(families, eds, "entry {n}");
    }
    // Given names stay whole (`Willard R.`), and the introducer is nobody's
    // editor or translator.
    assert_eq!(
        entry(&doc, 6).translator[0].given.as_deref(),
        Some("Willard R.")
    );
    assert_eq!(entry(&doc, 2).translator.len(), 1);
}

#[test]
fn a_subtitle_sentence_before_the_imprint_stays_the_titles() {
    // A sentence that opens with no role word is still the title's.
    let doc = run_text(
        "Text.1\n\n1 Jane Doe, Tracks (Boston: Beacon, 2001), 4.\n\nWorks Cited\n\nDoe, Jane. Tracks. Transit Lines in the City. Boston: Beacon, 2001.\n",
    );
    let e = entry(&doc, 1);
    assert_eq!(
        e.title.as_deref(),
        Some("Tracks. Transit Lines in the City")
    );
    assert!(e.translator.is_empty());
}
