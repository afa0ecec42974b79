//! Hostile input, through the real binary: files that cannot be read, are
//! not text, are huge, use odd encodings or line ends, and papers whose
//! titles carry quotes, markup, escape sequences and control characters.
//!
//! Every case ends in one of two ways: a one-line `error: …` and exit 2, or
//! a normal run whose output parses back and whose positions are true to
//! the input bytes. Inputs that once crashed opcit live in
//! `tests/hostile/crashes/` and are replayed by `crash_inputs_stay_fixed`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod invariants;

use opcit::grammar::Grammar;
use opcit::source::SourceFile;
use opcit::{analyze, Options};
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_opcit");

/// Runs opcit with `args`, feeding `stdin` (or nothing).
fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the opcit binary starts");
    if let Some(bytes) = stdin {
        let mut pipe = child.stdin.take().unwrap();
        // opcit may refuse the input before reading it all: a broken pipe
        // here is expected then.
        let _ = pipe.write_all(bytes);
    }
    child.wait_with_output().unwrap()
}

fn run_path(args: &[&str], path: &Path) -> Output {
    let mut all: Vec<&str> = args.to_vec();
    all.push(path.to_str().unwrap());
    run(&all, None)
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts exit 2 with exactly one `error: ` line on stderr and nothing on
/// stdout; returns the line.
fn assert_refused(o: &Output) -> String {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(2), "stderr: {err}");
    assert!(o.stdout.is_empty(), "stdout: {}", stdout(o));
    assert_eq!(err.lines().count(), 1, "one line expected: {err:?}");
    assert!(err.starts_with("error: "), "{err:?}");
    err
}

fn json(o: &Output) -> Value {
    assert!(
        matches!(o.status.code(), Some(0 | 1)),
        "exit {:?}: {}",
        o.status.code(),
        stderr(o)
    );
    serde_json::from_slice(&o.stdout).expect("output parses as JSON")
}

fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures")
            .join(name),
    )
    .unwrap()
}

/// (code, line, column) of every diagnostic of `check --format json`.
fn diagnostic_positions(v: &Value) -> Vec<(String, u64, u64)> {
    v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["span"]["line"].as_u64().unwrap(),
                d["span"]["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

/// Footnote texts and (kind, text, reference) of every citation.
type Essentials = (Vec<String>, Vec<(String, String, String)>);

fn essentials(v: &Value) -> Essentials {
    let notes = v["footnotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["text"].as_str().unwrap().to_string())
        .collect();
    let cites = v["citations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap().to_string(),
                c["text"].as_str().unwrap().to_string(),
                c["reference"].to_string(),
            )
        })
        .collect();
    (notes, cites)
}

// ---------------------------------------------------------------------------
// Files that cannot be read

#[test]
fn missing_file_is_one_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let err = assert_refused(&run_path(&["extract"], &dir.path().join("nope.txt")));
    assert!(
        err.contains("nope.txt") && err.contains("no such file"),
        "{err}"
    );
    let err = assert_refused(&run_path(&["check"], &dir.path().join("nope.txt")));
    assert!(err.contains("no such file"), "{err}");
}

#[test]
fn directory_is_one_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let err = assert_refused(&run_path(&["extract"], dir.path()));
    assert!(err.contains("is a directory"), "{err}");
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_one_line_and_exit_2() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(dir.path(), "secret.txt", b"text\n");
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&p).is_ok() {
        eprintln!("skipped: running as a user (root?) whom mode 000 does not stop from reading");
        return;
    }
    let err = assert_refused(&run_path(&["extract"], &p));
    assert!(err.contains("permission denied"), "{err}");
}

// ---------------------------------------------------------------------------
// Input that is not text

#[test]
fn nul_bytes_are_refused_as_binary() {
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(dir.path(), "paper.pdf", b"%PDF-1.7\n\x00\x01\x02 stream");
    let err = assert_refused(&run_path(&["extract"], &p));
    assert!(err.contains("binary") && err.contains("offset 9"), "{err}");
    let err = assert_refused(&run(&["check", "-"], Some(b"text\x00more")));
    assert!(
        err.contains("standard input") && err.contains("offset 4"),
        "{err}"
    );
    // A NUL as the only byte, and a NUL far past the first read buffer.
    assert_refused(&run(&["extract", "-"], Some(b"\x00")));
    let mut late = vec![b'a'; 200_000];
    late.push(0);
    let err = assert_refused(&run(&["extract", "-"], Some(&late)));
    assert!(err.contains("offset 200000"), "{err}");
}

#[test]
fn utf16_without_bom_is_named_as_such() {
    let bytes: Vec<u8> = "Realism explains it.\n"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let err = assert_refused(&run(&["extract", "-"], Some(&bytes)));
    assert!(
        err.contains("UTF-16 (LE)") && err.contains("iconv"),
        "{err}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn endless_device_is_refused_at_once() {
    let started = Instant::now();
    let err = assert_refused(&run(&["extract", "/dev/zero"], None));
    assert!(err.contains("binary"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(20));
}

// ---------------------------------------------------------------------------
// Size limits

#[test]
fn sparse_gigabyte_file_is_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.txt");
    let f = std::fs::File::create(&p).unwrap();
    f.set_len(1 << 30).unwrap();
    let started = Instant::now();
    let err = assert_refused(&run_path(&["check"], &p));
    assert!(
        err.contains("1024 MiB") && err.contains("512 MiB") && err.contains("--max-size"),
        "{err}"
    );
    assert!(started.elapsed() < Duration::from_secs(20));
}

#[test]
fn max_size_applies_to_files_and_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let body = vec![b'x'; 200];
    let p = write_file(dir.path(), "p.txt", &body);
    let err = assert_refused(&run_path(&["extract", "--max-size", "100"], &p));
    assert!(
        err.contains("200 bytes") && err.contains("100 bytes"),
        "{err}"
    );
    let err = assert_refused(&run(&["extract", "--max-size", "100", "-"], Some(&body)));
    assert!(
        err.contains("standard input") && err.contains("--max-size"),
        "{err}"
    );
    // Exactly at the limit is fine.
    let o = run_path(&["extract", "--max-size", "200"], &p);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(&["extract", "--max-size", "200", "-"], Some(&body));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

/// One line of prose of about `len` bytes with a note marker every few
/// sentences and no footnotes.
fn long_line(len: usize) -> String {
    let unit = "Realism explains it, and so does structure in the long run.¹⁾ Then more prose follows here. ";
    unit.repeat(len / unit.len() + 1)
}

#[test]
fn a_two_megabyte_single_line_finishes() {
    let text = long_line(2_000_000);
    let started = Instant::now();
    let v = json(&run(&["extract", "-"], Some(text.as_bytes())));
    assert!(v["summary"]["markers"].as_u64().unwrap() > 10_000);
    let last = v["diagnostics"].as_array().unwrap().last().unwrap();
    assert_eq!(last["span"]["line"], 1);
    let col = last["span"]["column"].as_u64().unwrap() as usize;
    let start = last["span"]["start"].as_u64().unwrap() as usize;
    assert_eq!(col, text[..start].chars().count() + 1);
    let v = json(&run(
        &["check", "--format", "json", "-"],
        Some(text.as_bytes()),
    ));
    assert!(!v["files"][0]["diagnostics"].as_array().unwrap().is_empty());
    assert!(
        started.elapsed() < Duration::from_secs(120),
        "took {:?}",
        started.elapsed()
    );
}

/// Each human diagnostic prints its whole source line, so a single long
/// line with many findings makes output (and time) grow with
/// findings × line length: 20 kB of input gives megabytes of output, a
/// 50 MB line never finishes. The fix belongs in `render_human`: show a
/// window of the line around the span.
#[test]

fn human_output_of_one_long_line_stays_proportional() {
    let text = long_line(20_000);
    let o = run(&["check", "--format", "human", "-"], Some(text.as_bytes()));
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        o.stdout.len() < 40 * text.len(),
        "{} bytes of output for {} bytes of input",
        o.stdout.len(),
        text.len()
    );
}

// ---------------------------------------------------------------------------
// Encodings and line ends

#[test]
fn invalid_utf8_is_read_lossily_with_offsets_kept() {
    // The bad byte sits in the body, before the marker and the note.
    let mut bytes = b"Caf\xe9 society explains it.\xc2\xb9\xe2\x81\xbe\n\n".to_vec();
    let note_at = bytes.len();
    bytes.extend_from_slice(
        "1) K. Waltz, *Theory of International Politics* (Addison-Wesley, 1979), p. 5.\n"
            .as_bytes(),
    );
    let v = json(&run(&["extract", "-"], Some(&bytes)));
    assert_eq!(v["source"]["encoding"], "utf-8-lossy");
    assert_eq!(v["source"]["bytes"], bytes.len());
    let d = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "invalid-utf8")
        .expect("an invalid-utf8 diagnostic");
    assert_eq!(d["span"]["start"], 3);
    assert!(d["message"].as_str().unwrap().contains("byte 3"), "{d}");
    // Spans after the bad byte still index the original bytes.
    let f = &v["footnotes"][0];
    let piece = &f["pieces"][0];
    let (s, e) = (
        piece["start"].as_u64().unwrap() as usize,
        piece["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        &bytes[s..e],
        "K. Waltz, *Theory of International Politics* (Addison-Wesley, 1979), p. 5.".as_bytes()
    );
    assert!(s > note_at);
    let m = &f["markers"][0];
    let (s, e) = (
        m["start"].as_u64().unwrap() as usize,
        m["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&bytes[s..e], "¹⁾".as_bytes());
    assert_eq!(m["line"], 1);
    assert_eq!(f["span"]["line"], 3);
    // `check` reports it as a warning, not a failure.
    let o = run(&["check", "--format", "json", "-"], Some(&bytes));
    let codes: Vec<String> = diagnostic_positions(&json(&o))
        .into_iter()
        .map(|d| d.0)
        .collect();
    assert!(codes.contains(&"invalid-utf8".to_string()), "{codes:?}");
}

/// A small fixture's extract and check output, for comparing encodings.
fn reference_run(bytes: &[u8]) -> (Value, Value) {
    (
        json(&run(&["extract", "-"], Some(bytes))),
        json(&run(&["check", "--format", "json", "-"], Some(bytes))),
    )
}

#[test]
fn utf8_bom_shifts_offsets_and_changes_nothing_else() {
    let plain = fixture("chicago_notes_en.txt");
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend_from_slice(&plain);
    let (ex_plain, ck_plain) = reference_run(&plain);
    let (ex_bom, ck_bom) = reference_run(&bom);
    assert_eq!(ex_bom["source"]["encoding"], "utf-8");
    assert_eq!(essentials(&ex_bom), essentials(&ex_plain));
    // Same lines and columns: the mark takes no column.
    assert_eq!(
        diagnostic_positions(&ck_bom),
        diagnostic_positions(&ck_plain)
    );
    let starts = |v: &Value| -> Vec<u64> {
        v["citations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["span"]["start"].as_u64().unwrap())
            .collect()
    };
    let shifted: Vec<u64> = starts(&ex_plain).iter().map(|s| s + 3).collect();
    assert_eq!(starts(&ex_bom), shifted);
}

#[test]
fn utf16_with_bom_reads_like_utf8() {
    let plain = fixture("korean_short_forms_ko.txt");
    let text = String::from_utf8(plain.clone()).unwrap();
    let (ex_plain, ck_plain) = reference_run(&plain);
    for (bom, encode, name) in [
        (
            [0xFF, 0xFE],
            u16::to_le_bytes as fn(u16) -> [u8; 2],
            "utf-16le",
        ),
        ([0xFE, 0xFF], u16::to_be_bytes, "utf-16be"),
    ] {
        let mut bytes = bom.to_vec();
        bytes.extend(text.encode_utf16().flat_map(encode));
        let (ex, ck) = reference_run(&bytes);
        assert_eq!(ex["source"]["encoding"], name);
        assert_eq!(essentials(&ex), essentials(&ex_plain), "{name}");
        assert_eq!(diagnostic_positions(&ck), diagnostic_positions(&ck_plain));
    }
}

#[test]
fn legacy_encodings_are_guessed_and_read_like_utf8() {
    for (name, encoding, label) in [
        ("hunbeop_ko.txt", encoding_rs::EUC_KR, "euc-kr"),
        ("ronbun_ja.txt", encoding_rs::SHIFT_JIS, "shift_jis"),
        ("lunwen_pdf_zh.txt", encoding_rs::GBK, "gbk"),
        (
            "article_pdf_fr.txt",
            encoding_rs::WINDOWS_1252,
            "windows-1252",
        ),
        ("gost_ru.txt", encoding_rs::WINDOWS_1251, "windows-1251"),
        ("przypisy_pl.txt", encoding_rs::WINDOWS_1250, "windows-1250"),
    ] {
        let plain = fixture(name);
        let text = String::from_utf8(plain.clone()).unwrap();
        let (bytes, _, unmappable) = encoding.encode(&text);
        assert!(!unmappable, "{name} has characters {label} cannot encode");
        assert!(std::str::from_utf8(&bytes).is_err(), "{name} is ASCII");
        let (ex_plain, ck_plain) = reference_run(&plain);
        let (ex, ck) = reference_run(&bytes);
        assert_eq!(ex["source"]["encoding"], label, "{name}");
        assert_eq!(essentials(&ex), essentials(&ex_plain), "{name}");
        // The same findings on the same lines and columns, and one note
        // that says how the input was read.
        let mut positions = diagnostic_positions(&ck);
        let note = positions
            .iter()
            .position(|d| d.0 == "legacy-encoding")
            .unwrap_or_else(|| panic!("{name}: no legacy-encoding note"));
        positions.remove(note);
        assert_eq!(positions, diagnostic_positions(&ck_plain), "{name}");
        let d = &ck["files"][0]["diagnostics"][note];
        assert_eq!(d["severity"], "note", "{name}");
        assert!(
            d["message"].as_str().unwrap().contains(encoding.name()),
            "{d}"
        );
    }
}

#[test]
fn mostly_utf8_input_with_a_stray_byte_stays_utf8() {
    // Well-formed non-ASCII characters outnumber the bad bytes: a legacy
    // encoding would misread them, so the bad byte alone becomes `?`.
    let mut bytes = Vec::new();
    bytes.extend_from_slice("Śródmieście, Łódź and Kraków ".as_bytes());
    bytes.push(0xE9);
    bytes.extend_from_slice(
        " were studied.¹⁾\n\n1) J. Nowak, *Miasta* (Kraków: Znak, 2001), p. 4.\n".as_bytes(),
    );
    let ex = json(&run(&["extract", "-"], Some(&bytes)));
    assert_eq!(ex["source"]["encoding"], "utf-8-lossy");
    assert_eq!(ex["citations"].as_array().unwrap().len(), 1);
}

/// Text of each citation's span in `bytes`, composed, without invisible
/// marks and with its white space folded, and its line.
fn cited_text(ex: &Value, bytes: &[u8]) -> Vec<(u64, String)> {
    use unicode_normalization::UnicodeNormalization;
    ex["citations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let (a, b) = (
                c["span"]["start"].as_u64().unwrap(),
                c["span"]["end"].as_u64().unwrap(),
            );
            let written = std::str::from_utf8(&bytes[a as usize..b as usize]).unwrap();
            let folded: Vec<String> = written
                .replace(['\u{ad}', '\u{200b}'], "")
                .split_whitespace()
                .map(|w| w.nfc().collect())
                .collect();
            (c["span"]["line"].as_u64().unwrap(), folded.join(" "))
        })
        .collect()
}

#[test]
fn typographic_spaces_double_spaces_and_decomposed_text_read_like_the_plain_paper() {
    use unicode_normalization::UnicodeNormalization;
    for name in [
        "003_6aea26d404a189d0.txt",
        "notes_fr.txt",
        "fussnoten_de.txt",
    ] {
        let plain = String::from_utf8(fixture(name)).unwrap();
        let (ex_plain, ck_plain) = reference_run(plain.as_bytes());
        let lines = |ck: &Value| -> Vec<(String, u64)> {
            diagnostic_positions(ck)
                .into_iter()
                .map(|(c, l, _)| (c, l))
                .collect()
        };
        // A no-break space after each note's number and after each period
        // or comma (as word processors write `p. 12`); two spaces after
        // each; the text decomposed (NFD), as some PDF tools write it.
        let nbsp: String = plain
            .lines()
            .map(|l| {
                let l = l.replacen(") ", ")\u{a0}", 1);
                l.replace(". ", ".\u{a0}").replace(", ", ",\u{202f}") + "\n"
            })
            .collect();
        let double = plain.replace(". ", ".  ").replace(", ", ",  ");
        let nfd: String = plain.nfd().collect();
        // A zero-width space after each note's number, a soft hyphen in
        // the middle of each long word.
        let invisible: String = plain
            .lines()
            .map(|l| {
                let l = l.replacen(") ", ")\u{200b} ", 1);
                let words: Vec<String> = l
                    .split(' ')
                    .map(|w| {
                        let chars: Vec<char> = w.chars().collect();
                        if chars.len() >= 8 && chars.iter().all(|c| c.is_alphabetic()) {
                            let (a, b) = chars.split_at(4);
                            format!(
                                "{}\u{ad}{}",
                                a.iter().collect::<String>(),
                                b.iter().collect::<String>()
                            )
                        } else {
                            w.to_string()
                        }
                    })
                    .collect();
                words.join(" ") + "\n"
            })
            .collect();
        for (variant, text) in [
            ("no-break", &nbsp),
            ("double", &double),
            ("nfd", &nfd),
            ("invisible", &invisible),
        ] {
            assert_ne!(text, &plain, "{name} {variant}");
            let (ex, ck) = reference_run(text.as_bytes());
            assert_eq!(essentials(&ex), essentials(&ex_plain), "{name} {variant}");
            assert_eq!(lines(&ck), lines(&ck_plain), "{name} {variant}");
            // Spans point at the same words in the variant's own bytes.
            assert_eq!(
                cited_text(&ex, text.as_bytes()),
                cited_text(&ex_plain, plain.as_bytes()),
                "{name} {variant}"
            );
            if variant == "no-break" {
                // One character for one: columns stay.
                assert_eq!(diagnostic_positions(&ck), diagnostic_positions(&ck_plain));
            }
        }
    }
}

#[test]
fn full_width_digits_read_like_ascii_digits() {
    for name in [
        "chushaku_ja.txt",
        "korean_short_forms_ko.txt",
        "zhushi_zh.txt",
    ] {
        let plain = String::from_utf8(fixture(name)).unwrap();
        // `１） 山田太郎『…』岩波書店、２０００年、２３頁。`
        let wide: String = plain
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32('０' as u32 + d).unwrap(),
                _ => c,
            })
            .collect();
        assert_ne!(wide, plain);
        let (ex_plain, ck_plain) = reference_run(plain.as_bytes());
        let (ex, ck) = reference_run(wide.as_bytes());
        assert!(!essentials(&ex_plain).1.is_empty(), "{name}");
        assert_eq!(essentials(&ex), essentials(&ex_plain), "{name}");
        // One character for one: lines and columns stay.
        assert_eq!(
            diagnostic_positions(&ck),
            diagnostic_positions(&ck_plain),
            "{name}"
        );
    }
}

#[test]
fn crlf_and_lone_cr_keep_line_numbers() {
    let lf = String::from_utf8(fixture("chicago_notes_en.txt")).unwrap();
    let (ex_lf, ck_lf) = reference_run(lf.as_bytes());
    let human_lf = stdout(&run(&["check", "-"], Some(lf.as_bytes())));
    let arrows = |s: &str| -> Vec<String> {
        s.lines()
            .filter(|l| l.trim_start().starts_with("┌─") || l.trim_start().starts_with("-->"))
            .map(str::to_string)
            .collect()
    };
    assert!(!arrows(&human_lf).is_empty(), "{human_lf}");
    for ending in ["\r\n", "\r"] {
        let text = lf.replace('\n', ending);
        let (ex, ck) = reference_run(text.as_bytes());
        assert_eq!(essentials(&ex), essentials(&ex_lf), "{ending:?}");
        assert_eq!(
            diagnostic_positions(&ck),
            diagnostic_positions(&ck_lf),
            "{ending:?}"
        );
        let human = stdout(&run(&["check", "-"], Some(text.as_bytes())));
        assert_eq!(arrows(&human), arrows(&human_lf), "{ending:?}");
        assert!(!human.contains('\r'), "a raw CR reached the terminal");
    }
}

#[test]
fn empty_and_blank_inputs_are_clean() {
    for input in ["", "   ", "\n\n\n", " \t\r\n\u{3000}\n\r", "\u{feff}"] {
        let v = json(&run(&["extract", "-"], Some(input.as_bytes())));
        for key in ["footnotes", "citations", "references", "diagnostics"] {
            assert_eq!(v[key].as_array().map(Vec::len), Some(0), "{input:?} {key}");
        }
        let o = run(&["check", "-"], Some(input.as_bytes()));
        assert_eq!(o.status.code(), Some(0), "{input:?}: {}", stderr(&o));
        let o = run(
            &["check", "--format", "github", "-"],
            Some(input.as_bytes()),
        );
        assert_eq!(stdout(&o), "", "{input:?}");
    }
}

// ---------------------------------------------------------------------------
// Hostile titles

/// Titles that try to break out of JSON, DOT, XML, the terminal or a
/// GitHub workflow command.
const HOSTILE_TITLES: &[&str] = &[
    r#"He said "stop" and 'go'"#,
    r#"x"]; x -> y; ["#,
    "</node><node id=\"evil\">",
    "\u{1b}[2J\u{1b}]0;owned\u{7}",
    "back\\slash \\\" \\n \\u0000",
    "%0A::error::forged, file=x:y",
    "\u{202e}txt.exe\u{202c} reversed",
    "\u{9b}31m C1 CSI",
    "한국어 제목: 앞의 글",
    "Русское заглавие «тест»",
    "tab\there and\u{7f}DEL",
];

/// A paper whose notes and bibliography carry `title`.
fn paper_with_title(title: &str) -> String {
    paper_with_titles(&[title])
}

/// A paper with three notes and two bibliography entries per title: a
/// full citation, `ibid.` and `op. cit.`, one entry that is cited and one
/// that is not (so that every title reaches a diagnostic message).
fn paper_with_titles(titles: &[&str]) -> String {
    let mut body = String::new();
    let mut notes = String::new();
    let mut bib = String::from("References\n\n");
    for (i, title) in titles.iter().enumerate() {
        let n = 3 * i + 1;
        let sup = |k: usize| -> String {
            k.to_string()
                .chars()
                .map(|d| {
                    ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'][d as usize - '0' as usize]
                })
                .collect()
        };
        body.push_str(&format!(
            "Realism explains it.{}⁾ Structure too.{}⁾ And more.{}⁾ ",
            sup(n),
            sup(n + 1),
            sup(n + 2)
        ));
        let author = format!("Waltz{}", "x".repeat(i));
        notes.push_str(&format!(
            "{n}) K. {author}, “{title},” *Journal of Tests* 3 (1979), p. 5.\n\n\
             {}) Ibid., p. 7.\n\n\
             {}) {author}, op. cit., p. 9; A. Nobody{i}, *{title}* (Nowhere, 2001).\n\n",
            n + 1,
            n + 2
        ));
        bib.push_str(&format!(
            "{author}, Kenneth. “{title}.” *Journal of Tests* 3 (1979).\n\n\
             Zed{i}, Q. *{title}*. Elsewhere, 1999.\n\n"
        ));
    }
    format!("{body}\n\n{notes}{bib}")
}

/// Checks every output format on one input file.
fn check_all_formats(path: &Path, label: &str) {
    let ex = json(&run_path(&["extract"], path));
    let n_diags = ex["diagnostics"].as_array().unwrap().len();
    assert!(n_diags > 0, "{label}: expected findings");

    let human = run_path(&["check", "--format", "human", "--color", "never"], path);
    let text = stdout(&human);
    assert!(!text.contains('\u{1b}'), "{label}: ESC in human output");
    if let Some(c) = text
        .chars()
        .find(|&c| (c.is_control() && c != '\n' && c != '\t') || invariants::is_bidi_control(c))
    {
        panic!("{label}: control character {c:?} in human output");
    }
    let colored = stdout(&run_path(
        &["check", "--format", "human", "--color", "always"],
        path,
    ));
    assert!(
        invariants::only_sgr_escapes(&colored),
        "{label}: non-colour escape"
    );

    let ck = json(&run_path(&["check", "--format", "json"], path));
    assert_eq!(
        ck["files"][0]["diagnostics"].as_array().unwrap().len(),
        n_diags,
        "{label}"
    );

    let sarif_out = run_path(&["check", "--format", "sarif"], path);
    let sarif = json(&sarif_out);
    assert_eq!(sarif["version"], "2.1.0");
    assert_eq!(
        sarif["runs"][0]["results"].as_array().unwrap().len(),
        n_diags,
        "{label}"
    );
    python_parses_json(&sarif_out.stdout, label);

    let gh = stdout(&run_path(&["check", "--format", "github"], path));
    assert_eq!(gh.lines().count(), n_diags, "{label}: {gh}");
    for line in gh.lines() {
        assert!(
            line.starts_with("::error ")
                || line.starts_with("::warning ")
                || line.starts_with("::notice "),
            "{label}: {line}"
        );
        // The first `::` after the command ends the properties; input text
        // must not add a property or end them early.
        let props = line.split("::").nth(1).unwrap();
        let (_, props) = props.split_once(' ').unwrap();
        let keys: Vec<&str> = props
            .split(',')
            .map(|kv| kv.split_once('=').map_or(kv, |(k, _)| k))
            .collect();
        assert_eq!(
            keys,
            ["file", "line", "col", "endLine", "title"],
            "{label}: {line}"
        );
    }
}

/// Parses with a second, independent JSON parser when one is installed.
fn python_parses_json(bytes: &[u8], label: &str) {
    let Ok(mut child) = Command::new("python3")
        .args(["-c", "import json, sys; json.load(sys.stdin)"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
    else {
        return;
    };
    child.stdin.take().unwrap().write_all(bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{label}: python's json rejects the output: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn hostile_titles_survive_every_output_format() {
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(
        dir.path(),
        "titles.txt",
        paper_with_titles(HOSTILE_TITLES).as_bytes(),
    );
    check_all_formats(&p, "hostile titles");
    // Each title comes back verbatim in the extract JSON, and reaches at
    // least one diagnostic message.
    let ex = json(&run_path(&["extract"], &p));
    let raw: Vec<&str> = ex["references"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["raw"].as_str())
        .collect();
    let messages: Vec<&str> = ex["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["message"].as_str())
        .collect();
    for title in HOSTILE_TITLES {
        // Bidi embeddings and overrides (`\u{202e}txt.exe\u{202c}`) are
        // read as nothing, as PDF tools leave them around right-to-left text.
        let title: String = title
            .chars()
            .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
            .collect();
        let title = title.as_str();
        assert!(raw.iter().any(|r| r.contains(title)), "{title:?}: {raw:?}");
        assert!(
            messages.iter().any(|m| m.contains(title)),
            "{title:?} is in no message: {messages:?}"
        );
    }
}

#[test]
fn titles_with_newlines_and_nul_survive_in_utf16() {
    // NUL refuses UTF-8 input as binary; in UTF-16 it is just a character.
    let title = "line\nbreak \u{0} nul \r carriage";
    let text = paper_with_title(title);
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let dir = tempfile::tempdir().unwrap();
    let p = write_file(dir.path(), "nul16.txt", &bytes);
    check_all_formats(&p, "utf-16 title with NUL");
}

#[test]
fn hostile_file_names_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let name = "evil\u{1b}[2J,name:1.txt";
    let p = write_file(dir.path(), name, paper_with_title("T").as_bytes());
    let human = stdout(&run_path(&["check", "--color", "never"], &p));
    assert!(!human.contains('\u{1b}'), "{human}");
    let gh = stdout(&run_path(&["check", "--format", "github"], &p));
    for line in gh.lines() {
        let props = line.split("::").nth(1).unwrap();
        assert!(props.contains("%2Cname%3A1.txt"), "{line}");
        assert!(!props.contains('\u{1b}'), "{line}");
    }
}

#[test]
fn hostile_titles_keep_library_invariants() {
    let g = Grammar::builtin();
    let mut titles: Vec<String> = HOSTILE_TITLES.iter().map(|s| s.to_string()).collect();
    titles.push("nul \u{0} inside".into());
    titles.push("line\nbreak\r\nand\rcr".into());
    for title in titles {
        let src = SourceFile::new("hostile.txt", paper_with_title(&title));
        let doc = analyze(&src, &g, Options::default());
        if let Err(e) = invariants::check_all(&src, &doc) {
            panic!("title {title:?}: {e}");
        }
    }
}

#[test]
fn hostile_grammar_words_are_data_not_patterns() {
    let dir = tempfile::tempdir().unwrap();
    let grammar = write_file(
        dir.path(),
        "evil.toml",
        br#"[language]
code = "xx"
name = "Evil"

[back_references]
ibid = ["(((", "a{1000000}", "\\", "", " ", "$^", ".*", "{n}{n}{n}", "[^"]
op_cit = ["|", "(?i)", "\\d+"]

[headings]
bibliography = ["(.*)", "^References$"]
"#,
    );
    let paper = write_file(
        dir.path(),
        "p.txt",
        paper_with_title("((( .* $^ \\ |").as_bytes(),
    );
    let o = run(
        &[
            "extract",
            "--grammar",
            grammar.to_str().unwrap(),
            paper.to_str().unwrap(),
        ],
        None,
    );
    match o.status.code() {
        Some(0) => {
            json(&o);
        }
        Some(2) => {
            assert_refused(&o);
        }
        other => panic!("exit {other:?}: {}", stderr(&o)),
    }
}

// ---------------------------------------------------------------------------
// Inputs the fuzzers found

/// Replays every file of `tests/hostile/crashes/` (raw fuzz input for the
/// `pipeline` target: first byte selects the format, the rest is the file)
/// through the library with every invariant checked.
#[test]
fn crash_inputs_stay_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/crashes");
    let g = Grammar::builtin();
    let mut failures = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries.sort();
    for path in entries {
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        if let Err(e) = replay(&g, &bytes) {
            failures.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Runs one `pipeline`-target input with every invariant checked.
fn replay(g: &Grammar, data: &[u8]) -> Result<(), String> {
    use opcit::segment::InputFormat;
    let Some((&selector, rest)) = data.split_first() else {
        return Ok(());
    };
    let format = match selector % 4 {
        0 => None,
        1 => Some(InputFormat::Text),
        2 => Some(InputFormat::Markdown),
        _ => Some(InputFormat::Html),
    };
    let src = SourceFile::from_bytes("crash.txt", rest);
    let outcome = std::panic::catch_unwind(|| {
        let doc = analyze(&src, g, Options { format });
        invariants::check_all(&src, &doc).map(drop)
    });
    outcome.unwrap_or_else(|p| {
        Err(format!(
            "panicked: {}",
            p.downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        ))
    })
}

// ---------------------------------------------------------------------------
// Open crashes: found, not yet fixed (the fix is outside the input layer).
// Each is ignored so that the suite stays green; `cargo test --test hostile
// -- --ignored` shows them failing. Remove the `#[ignore]` with the fix.

/// `parse_reference` reports the author range in the whitespace-folded
/// author text (`clean_field`), not in its input: when the note's author
/// part holds `\r\n`, a tab or a run of spaces, the range ends inside a
/// character, and `syntax::item::full_citations` slices there and panics.
#[test]
fn crlf_in_note_before_cyrillic_title_does_not_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/open");
    let p = dir.join("crlf_in_note_before_cyrillic_title.txt");
    let o = run_path(&["extract"], &p);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

/// The same defect seen directly: author ranges must lie on character
/// boundaries of the parsed text.
#[test]
fn reference_author_ranges_stay_on_character_boundaries() {
    use opcit::syntax::name::NameOrder;
    use opcit::syntax::reference::parse_reference;
    let g = Grammar::builtin();
    for s in [
        "민\r\nв*s*",
        "가  나, *Title* (Seoul, 2001).",
        "Иван\tПетров, *Заглавие* (1999).",
        "홍\u{2029}민, 『책』, 2001.",
    ] {
        for order in [NameOrder::Natural, NameOrder::InvertedFirst] {
            let r = parse_reference(s, order, &g);
            for (a, b) in r.authors.into_iter().chain(r.title) {
                assert!(
                    s.get(a..b).is_some(),
                    "{s:?} ({order:?}): range {a}..{b} cuts a character"
                );
            }
        }
    }
}

/// The fuzzers' own inputs for the same defect: `reference` (U+2029 in the
/// author part) and `note_items`, replayed as those targets run them.
#[test]
fn fuzz_inputs_for_folded_author_ranges_do_not_panic() {
    use opcit::syntax::item::note_items;
    use opcit::syntax::name::NameOrder;
    use opcit::syntax::reference::parse_reference;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/open");
    let g = Grammar::builtin();
    let text =
        |name: &str| String::from_utf8_lossy(&std::fs::read(dir.join(name)).unwrap()).into_owned();
    let s = text("reference_paragraph_separator_in_authors.bin");
    for order in [NameOrder::InvertedFirst, NameOrder::Natural] {
        let r = parse_reference(&s, order, &g);
        for (a, b) in r.authors.into_iter().chain(r.title) {
            assert!(s.get(a..b).is_some(), "range {a}..{b} cuts a character");
        }
    }
    let s = text("note_items_folded_author_range.bin");
    let items = std::panic::catch_unwind(|| note_items(&s, &g).len());
    assert!(items.is_ok(), "note_items panicked");
}
