//! A German philosophy paper whose notes cite the classics by the sigla
//! of their collected editions (`Kant, GMS, AA IV, 440`, `KSA 5`), as the
//! bibliography declares them after the titles (`(GMS)`), with places
//! named by their river (`Frankfurt a. M.`), Roman volumes in a book's
//! title and bracketed remarks on a line of their own.
//! Expected values were written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use serde_json::Value;

fn extract() -> Value {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_opcit"))
        .args(["extract", "fixtures/autonomie_siglen_pdf_de.txt"])
        .output()
        .expect("opcit runs");
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn citation<'a>(doc: &'a Value, text: &str) -> &'a Value {
    doc["citations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"].as_str().is_some_and(|t| t.starts_with(text)))
        .unwrap_or_else(|| panic!("no citation `{text}`"))
}

fn entry<'a>(doc: &'a Value, title: &str) -> &'a Value {
    doc["references"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| {
            r["csl"]["title"]
                .as_str()
                .is_some_and(|t| t.starts_with(title))
        })
        .unwrap_or_else(|| panic!("no entry `{title}`"))
}

#[test]
fn the_bibliography_declares_sigla_and_keeps_titles_whole() {
    let doc = extract();
    let gms = entry(&doc, "Grundlegung zur Metaphysik der Sitten");
    assert_eq!(
        gms["csl"]["title"],
        "Grundlegung zur Metaphysik der Sitten (GMS)"
    );
    assert_eq!(gms["csl"]["title-short"], "GMS");
    let kpv = entry(&doc, "Kritik der praktischen Vernunft");
    assert_eq!(kpv["csl"]["title-short"], "KpV");
    // The bracketed remark on its own line stays with its entry, so the
    // ditto entry after it takes Kant as its author.
    assert_eq!(kpv["csl"]["author"][0]["family"], "Kant");
    assert_eq!(kpv["csl"]["container-title"], "Kant’s gesammelte Schriften");
    assert_eq!(kpv["csl"]["volume"], "V");
    assert_eq!(
        doc["references"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["bibliography_index"].is_number())
            .count(),
        12
    );
}

#[test]
fn notes_citing_by_siglum_find_the_declared_work() {
    let doc = extract();
    let gms = entry(&doc, "Grundlegung zur Metaphysik der Sitten")["id"].clone();
    let kpv = entry(&doc, "Kritik der praktischen Vernunft")["id"].clone();
    for (text, work) in [
        ("Kant, GMS, AA IV, 440", &gms),
        ("GMS, AA IV, 440", &gms),
        ("Ebd., 421", &gms),
        ("GMS, AA IV, 401 Anm", &gms),
        ("Kant, KpV, AA V, 31", &kpv),
        ("KpV, AA V, 31", &kpv),
    ] {
        let c = citation(&doc, text);
        assert_eq!(&c["reference"], work, "{text}");
        assert_eq!(c["status"], "resolved", "{text}");
    }
    let c = citation(&doc, "Kant, GMS, AA IV, 440");
    assert_eq!(c["short"]["title"], "GMS");
    assert_eq!(c["locator"]["value"], "440");
    assert_eq!(c["locator"]["text"], "AA IV, 440");
    let nietzsche = citation(&doc, "Nietzsche, Zur Genealogie der Moral II 2, KSA 5");
    assert_eq!(
        nietzsche["reference"],
        entry(&doc, "Zur Genealogie der Moral")["id"]
    );
    assert_eq!(nietzsche["locator"]["value"], "293");
}

#[test]
fn a_town_named_by_its_river_is_the_place() {
    let doc = extract();
    let habermas = entry(&doc, "Moralität und Sittlichkeit");
    assert_eq!(habermas["csl"]["type"], "chapter");
    assert_eq!(
        habermas["csl"]["container-title"],
        "Erläuterungen zur Diskursethik"
    );
    assert_eq!(habermas["csl"]["publisher-place"], "Frankfurt a. M.");
    assert!(habermas["csl"]["publisher"].is_null());
    let hegel = entry(&doc, "Grundlinien der Philosophie des Rechts");
    assert_eq!(hegel["csl"]["publisher-place"], "Frankfurt a. M.");
    assert!(hegel["unparsed"].is_null());
}

#[test]
fn nothing_dangles_and_only_the_work_cited_by_its_pagination_is_uncited() {
    let doc = extract();
    let codes: Vec<&str> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert!(!codes.contains(&"dangling-short-form"), "{codes:?}");
    assert!(!codes.contains(&"missing-from-bibliography"), "{codes:?}");
    // The Kritik der reinen Vernunft is cited as `KrV, B 131 f.`, by the
    // A/B pagination of its editions, which is not read: its entry alone
    // stays uncited.
    let uncited: Vec<&str> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "uncited-reference")
        .filter_map(|d| d["message"].as_str())
        .collect();
    assert_eq!(uncited.len(), 1, "{uncited:?}");
    assert!(
        uncited[0].contains("Kritik der reinen Vernunft"),
        "{uncited:?}"
    );
}
