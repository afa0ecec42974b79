//! One benchmark per pipeline stage, on a real paper (the bundled Korean
//! notes paper, 110 KB) and a generated one (1 MB, five languages):
//! segmentation, citation items of the notes, bibliography entries,
//! resolution, the whole analysis, and the JSON export.
//!
//! ```text
//! cargo bench --bench pipeline             # everything, a few minutes
//! cargo bench --bench pipeline -- segment  # one stage
//! ```
//!
//! Throughput is reported in bytes of the input paper per second, so every
//! stage can be read against the targets in `docs/performance.md`.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use opcit::grammar::Grammar;
use opcit::model::Document;
use opcit::segment::InputFormat;
use opcit::source::SourceFile;
use opcit::syntax::name::NameOrder;
use std::time::Duration;

#[path = "../examples/gen_paper.rs"]
#[allow(dead_code)]
mod gen_paper;

/// The papers measured: name and text.
fn papers() -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if let Ok(text) = std::fs::read_to_string("fixtures/003_6aea26d404a189d0.txt") {
        out.push(("korean-110KB", text));
    }
    out.push((
        "generated-1MB",
        gen_paper::paper(
            gen_paper::Target::Bytes(1_000_000),
            1,
            gen_paper::LangChoice::Mixed,
        ),
    ));
    out
}

/// A resolved document turned back into what resolution starts from: no
/// links, no note-only works, no findings.
fn unresolved(doc: &Document) -> Document {
    let mut d = doc.clone();
    d.references.retain(|r| r.bibliography_index.is_some());
    for c in &mut d.citations {
        c.reference = None;
        c.antecedent = None;
        c.status = None;
        c.provenance = None;
    }
    d.diagnostics.clear();
    d
}

fn stages(c: &mut Criterion) {
    let g = Grammar::builtin();
    for (name, text) in papers() {
        let source = SourceFile::new(format!("{name}.txt"), text.as_str());
        let doc = opcit::analyze(&source, &g, Default::default());
        let notes: Vec<&str> = doc.footnotes.iter().map(|f| f.text.as_str()).collect();
        let entries: Vec<&str> = doc
            .references
            .iter()
            .filter(|r| r.bibliography_index.is_some())
            .map(|r| r.raw.as_str())
            .collect();
        let before = unresolved(&doc);

        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(10);
        group.warm_up_time(Duration::from_millis(500));
        group.measurement_time(Duration::from_secs(3));

        group.bench_function("segment", |b| {
            b.iter(|| opcit::segment::segment(&text, InputFormat::Text, &g))
        });
        group.bench_function("note_items", |b| {
            b.iter(|| {
                notes
                    .iter()
                    .map(|n| opcit::syntax::item::note_items(n, &g).len())
                    .sum::<usize>()
            })
        });
        group.bench_function("parse_reference", |b| {
            b.iter(|| {
                entries
                    .iter()
                    .map(|e| {
                        opcit::syntax::reference::parse_reference(e, NameOrder::InvertedFirst, &g)
                            .item
                            .author
                            .len()
                    })
                    .sum::<usize>()
            })
        });
        group.bench_function("resolve", |b| {
            b.iter_batched(
                || before.clone(),
                |mut d| {
                    opcit::resolve::resolve(&mut d, &g);
                    d
                },
                BatchSize::LargeInput,
            )
        });
        group.bench_function("analyze", |b| {
            b.iter(|| opcit::analyze(&source, &g, Default::default()))
        });
        group.bench_function("json", |b| {
            b.iter(|| {
                let wire = opcit::export::extract::to_wire(&source, &doc);
                serde_json::to_string(&wire).map(|s| s.len()).unwrap_or(0)
            })
        });
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
