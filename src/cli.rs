//! The command line: argument parsing, file I/O, output, exit codes.
//!
//! Exit codes (like ripgrep): 0 nothing at error level, 1 findings at error
//! level, 2 opcit could not run (unreadable input, bad arguments).
//! This is the only module that reads files or writes to the terminal.

use crate::diagnostic::{
    render_github, render_human, sanitize_for_terminal, Code, Level, LevelConfig,
};
use crate::export::extract::WireDiagnostic;
use crate::grammar::Grammar;
use crate::segment::InputFormat;
use crate::source::SourceFile;
use crate::{analyze, Options};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

/// Largest input read, in bytes (override with `--max-size`).
pub const DEFAULT_MAX_SIZE: u64 = 512 * 1024 * 1024;

/// Find every footnote, citation and back-reference in a paper, link each to
/// the work it stands for, and report what is dangling.
#[derive(Debug, Parser)]
#[command(
    name = "opcit",
    version,
    about,
    long_about = "opcit reads a paper (plain text from PDF or HWP, Markdown, HTML), finds its footnotes, \
in-text citations, short forms (ibid., op. cit., supra, a. a. O., 앞의 글, 前掲 …) and bibliography, \
links every citation to the work it stands for, and reports sourcing defects.",
    after_help = "Examples:\n  opcit check paper.txt                 report dangling short forms, missing entries …\n  opcit check --format sarif paper.txt  for GitHub code scanning\n  opcit extract paper.txt > paper.json  the document model as JSON\n  cat paper.md | opcit extract -        read standard input\n  opcit graph paper.txt -o paper.gexf   the source network, for Gephi\n  opcit refs paper.txt -o paper.bib     the references, for BibTeX, Zotero, JabRef\n\nExit codes: 0 clean, 1 findings at error level, 2 opcit could not run."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the document model (footnotes, citations, references, diagnostics) as JSON.
    Extract(ExtractArgs),
    /// Check a paper's sourcing and report findings like a compiler.
    Check(CheckArgs),
    /// List every diagnostic code with its default level.
    Codes,
    /// Analyse many papers (files, directories, globs) into JSON Lines, one record per paper.
    #[command(
        long_about = "Analyse many papers into JSON Lines, one record per paper, on every core.\n\n\
Paths are files, directories (walked recursively for .txt, .md, .markdown, .html, .htm, in sorted order) \
and glob patterns (`papers/**/*.txt`; quote them). Records come out in input order whatever --jobs is, \
so the output is the same bytes with one thread or many:\n\n  \
{\"path\", \"ok\": true, \"summary\": {…}, \"diagnostics_by_code\": {…}, \"references\": [\"author|year|title\", …]}\n  \
{\"path\", \"ok\": false, \"error\": \"…\"}\n\n\
`references` holds the normalised key of every work the paper lists or cites; --full adds the whole \
extract document as `document`. A paper that cannot be read gives an error record and the run goes on. \
A summary (documents, citations, findings by code) goes to standard error at the end, and a progress \
bar with rate and ETA while running when standard error is a terminal.",
        after_help = "Exit codes: 0 every paper was read and none has a finding at error level (default levels); \
1 a paper could not be read or has a finding at error level; 2 opcit could not run (bad arguments, \
a pattern matching nothing, output not writable).\n\n\
Examples:\n  opcit batch papers/ > corpus.jsonl\n  opcit batch --jobs 2 'papers/**/*.txt' -o corpus.jsonl"
    )]
    Batch(BatchArgs),
    /// Merge the sources of many papers into one network: who cites the same works.
    #[command(
        long_about = "Analyse many papers (paths as for `batch`) and merge the works they cite: the same work \
cited by different papers (same first author, year and title, after folding case, diacritics and \
punctuation) becomes one source; papers are linked through the sources they share. Writes JSON \
(schema `opcit/corpus/1`): totals, papers, sources with the papers citing them and citation counts, \
and paper–paper links weighted by shared sources.",
        after_help = "Exit codes: 0 written, 1 a paper could not be read (it is left out), 2 opcit could not run.\n\n\
Examples:\n  opcit corpus papers/ -o corpus.json\n  opcit corpus --jobs 2 'papers/*.txt' | jq '.sources | sort_by(-.citations)[:10]'"
    )]
    Corpus(CorpusArgs),
    /// Export the source network (notes, citations, works, authors, venues) as a graph.
    #[command(
        long_about = "Export the source network of a paper as a graph: the document, its footnotes \
(and in-text citation sites), citations, the works they cite, and those works' authors and venues.\n\n\
Two views:\n  sources  notes → works, weighted by citations; authors, venues (default)\n  \
full     every citation a node; ibid./op. cit. point back to their antecedent\n\n\
Dangling and ambiguous citations and works a diagnostic concerns stay in the graph, marked with \
`status` and `defects` (red in DOT).\n\n\
With --corpus, the cross-paper network of many papers instead: one node per paper, one per work \
(the same work cited by several papers, after folding case, diacritics and punctuation of its \
first author, year and title, is one node), `cites` edges weighted by citations, and \
`shares-sources` edges between papers weighted by the works they have in common.",
        after_help = "Formats (taken from the -o extension when --format is not given):\n  \
dot        .dot .gv       Graphviz: `dot -Tsvg paper.dot -o paper.svg`\n  \
json       .json          node-link JSON: networkx.node_link_graph, D3 force layouts\n  \
cytoscape  .cyjs          Cytoscape.js; Cytoscape desktop (File → Import → Network)\n  \
jgf        .jgf .jgf.json JSON Graph Format v2\n  \
graphml    .graphml       Gephi, yEd, Cytoscape, networkx.read_graphml\n  \
gexf       .gexf          Gephi (GEXF 1.3, coloured), networkx.read_gexf\n\n\
Examples:\n  opcit graph paper.txt | dot -Tsvg > sources.svg\n  \
opcit graph --view full paper.txt -o paper.graphml\n  opcit graph paper.txt -o network.gexf\n  \
opcit graph --corpus papers/ -o corpus.gexf\n  opcit graph --corpus --jobs 2 'papers/**/*.txt' --format json > corpus.json\n\n\
See docs/graph.md for how to open each format."
    )]
    Graph(GraphArgs),
    /// Export the references (bibliography and note-only works) as CSL-JSON, BibTeX or RIS.
    #[command(
        long_about = "Export every work the paper cites — its bibliography entries and the works known \
only from its footnotes — for a reference manager or a citation processor.",
        after_help = "Formats (taken from the -o extension when --format is not given):\n  \
csl-json  .json .csl.json  CSL-JSON: citeproc processors, pandoc --citeproc, Zotero, citation.js\n  \
bibtex    .bib             BibTeX/biblatex; JabRef and Zotero import it\n  \
ris       .ris             RIS; Zotero, JabRef, EndNote, Mendeley import it\n\n\
Examples:\n  opcit refs paper.txt -o paper.bib\n  opcit refs --format ris paper.txt > paper.ris\n  \
opcit refs paper.txt -o refs.json && pandoc --citeproc --bibliography=refs.json draft.md"
    )]
    Refs(RefsArgs),
}

/// `opcit graph`.
#[derive(Debug, Args)]
pub struct GraphArgs {
    /// The paper (`-` for standard input); with --corpus, files,
    /// directories (walked for .txt, .md, .html) and glob patterns.
    #[arg(required = true, value_name = "FILE")]
    pub paths: Vec<PathBuf>,
    /// The cross-paper network of all the papers given.
    #[arg(long)]
    pub corpus: bool,
    /// With --corpus: worker threads (default: every core).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Which picture of one paper: `sources` (footnote → work) or `full`
    /// (every citation).
    #[arg(long, value_enum, default_value_t = ViewArg::Sources)]
    pub view: ViewArg,
    /// Output format; default: from the -o extension, else `dot`.
    #[arg(long, value_enum)]
    pub format: Option<GraphFormat>,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Input options.
    #[command(flatten)]
    pub input: InputArgs,
}

/// `graph --view`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ViewArg {
    /// Footnotes → works (weighted), authors, venues.
    Sources,
    /// Footnotes → citations → works; short forms → antecedents.
    Full,
}

/// `graph --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GraphFormat {
    /// Graphviz DOT.
    Dot,
    /// Node-link JSON (networkx, D3).
    Json,
    /// Cytoscape.js / Cytoscape desktop JSON.
    Cytoscape,
    /// JSON Graph Format v2.
    Jgf,
    /// GraphML (Gephi, yEd, networkx).
    Graphml,
    /// GEXF 1.3 (Gephi).
    Gexf,
}

impl GraphFormat {
    /// The format an output file name asks for, by extension.
    pub fn from_path(path: &Path) -> Option<GraphFormat> {
        let name = path.file_name()?.to_str()?.to_lowercase();
        let ext = name.rsplit_once('.').map(|(_, e)| e)?;
        Some(match ext {
            "dot" | "gv" => GraphFormat::Dot,
            "jgf" => GraphFormat::Jgf,
            "json" if name.ends_with(".jgf.json") => GraphFormat::Jgf,
            "json" if name.ends_with(".cyjs.json") => GraphFormat::Cytoscape,
            "json" => GraphFormat::Json,
            "cyjs" => GraphFormat::Cytoscape,
            "graphml" => GraphFormat::Graphml,
            "gexf" => GraphFormat::Gexf,
            _ => return None,
        })
    }
}

/// `opcit refs`.
#[derive(Debug, Args)]
pub struct RefsArgs {
    /// The paper (`-` for standard input).
    pub file: PathBuf,
    /// Output format; default: from the -o extension, else `csl-json`.
    #[arg(long, value_enum)]
    pub format: Option<RefsFormat>,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Input options.
    #[command(flatten)]
    pub input: InputArgs,
}

/// `refs --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RefsFormat {
    /// CSL-JSON array.
    CslJson,
    /// BibTeX.
    Bibtex,
    /// RIS.
    Ris,
}

impl RefsFormat {
    /// The format an output file name asks for, by extension.
    pub fn from_path(path: &Path) -> Option<RefsFormat> {
        let name = path.file_name()?.to_str()?.to_lowercase();
        let ext = name.rsplit_once('.').map(|(_, e)| e)?;
        Some(match ext {
            "json" | "csljson" => RefsFormat::CslJson,
            "bib" | "bibtex" => RefsFormat::Bibtex,
            "ris" => RefsFormat::Ris,
            _ => return None,
        })
    }
}

/// Options shared by every command that reads papers.
#[derive(Debug, Args, Clone)]
pub struct InputArgs {
    /// How to read the input; detected from the extension and content by default.
    #[arg(long, value_enum, default_value_t = FormatArg::Auto)]
    pub input_format: FormatArg,
    /// Extra grammar file(s) (TOML, as in `grammars/`): add a language or words.
    #[arg(long = "grammar", value_name = "FILE")]
    pub grammars: Vec<PathBuf>,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = DEFAULT_MAX_SIZE)]
    pub max_size: u64,
}

/// `--input-format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Detect.
    Auto,
    /// Plain text.
    Text,
    /// Markdown (pandoc footnotes, YAML front matter).
    Markdown,
    /// HTML.
    Html,
}

impl FormatArg {
    fn to_format(self) -> Option<InputFormat> {
        match self {
            FormatArg::Auto => None,
            FormatArg::Text => Some(InputFormat::Text),
            FormatArg::Markdown => Some(InputFormat::Markdown),
            FormatArg::Html => Some(InputFormat::Html),
        }
    }
}

/// `opcit extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The paper (`-` for standard input).
    #[arg(required_unless_present = "jsonl")]
    pub file: Option<PathBuf>,
    /// Read JSON Lines `{"id": …, "text": …}` from standard input and write
    /// one result line per document (opcit as the mapper of a data engine).
    #[arg(long, conflicts_with = "file")]
    pub jsonl: bool,
    /// With --jsonl: put the whole extract document in each result line.
    #[arg(long, requires = "jsonl")]
    pub full: bool,
    /// With --jsonl: worker threads (default: every core).
    #[arg(long, short = 'j', requires = "jsonl")]
    pub jobs: Option<usize>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
    pub format: ExtractFormat,
    /// Pretty-print the JSON.
    #[arg(long)]
    pub pretty: bool,
    /// Input options.
    #[command(flatten)]
    pub input: InputArgs,
}

/// `extract --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// The JSON document model (schema `opcit/extract/1`).
    Json,
}

/// `opcit check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The paper(s) (`-` for standard input).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// How to print findings.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Make CODE (or `all`) an error. Repeatable; later flags win.
    #[arg(long, value_name = "CODE")]
    pub deny: Vec<String>,
    /// Make CODE (or `all`) a warning.
    #[arg(long, value_name = "CODE")]
    pub warn: Vec<String>,
    /// Do not report CODE (or `all`).
    #[arg(long, value_name = "CODE")]
    pub allow: Vec<String>,
    /// Colour: `auto` colours only a terminal.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Input options.
    #[command(flatten)]
    pub input: InputArgs,
}

/// `check --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// rustc-style text.
    Human,
    /// JSON: one object with every file's diagnostics.
    Json,
    /// SARIF 2.1.0 for code scanning.
    Sarif,
    /// GitHub Actions workflow commands.
    Github,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour when writing to a terminal.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// A failure that stops opcit (exit 2).
#[derive(Debug)]
pub struct Failure(pub String);

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Reads an input file (or stdin for `-`) with clear errors.
///
/// Never reads more than `max_size` bytes (plus one read buffer), whatever
/// the file claims its size is: `/dev/zero`, a pipe or a growing file stop
/// at the limit too. Input with a NUL byte is refused as binary as soon as
/// the byte is read, unless it starts with a UTF-16 byte order mark.
pub fn read_input(path: &Path, max_size: u64) -> Result<SourceFile, Failure> {
    let name = path.display().to_string();
    let bytes = if name == "-" {
        read_bounded(std::io::stdin().lock(), "standard input", max_size, 0)?
    } else {
        let meta = std::fs::metadata(path)
            .map_err(|e| Failure(format!("cannot read `{name}`: {}", io_reason(&e))))?;
        if meta.is_dir() {
            return Err(Failure(format!(
                "`{name}` is a directory; give the paper's file"
            )));
        }
        if meta.is_file() && meta.len() > max_size {
            return Err(Failure(format!(
                "`{name}` is {}, more than the limit of {}; raise it with --max-size if this really is one paper",
                byte_size(meta.len()),
                byte_size(max_size)
            )));
        }
        let file = std::fs::File::open(path)
            .map_err(|e| Failure(format!("cannot read `{name}`: {}", io_reason(&e))))?;
        // The file's size, so that the bytes are read into one buffer of
        // the right size instead of one doubled again and again.
        let expected = usize::try_from(meta.len()).unwrap_or(0);
        read_bounded(file, &format!("`{name}`"), max_size, expected)?
    };
    Ok(SourceFile::from_vec(name, bytes))
}

/// Reads everything from `input`, refusing more than `max_size` bytes and
/// refusing binary input at the first NUL byte. `what` names the input in
/// messages (`` `paper.txt` `` or `standard input`); `expected` is the size
/// the input is expected to have (0 when unknown).
fn read_bounded(
    mut input: impl Read,
    what: &str,
    max_size: u64,
    expected: usize,
) -> Result<Vec<u8>, Failure> {
    const CHUNK: usize = 64 * 1024;
    // One byte more than expected, so that reaching the end does not grow it.
    let mut bytes = Vec::with_capacity(expected.saturating_add(1));
    let mut chunk = vec![0u8; CHUNK];
    // Bytes already searched for NUL.
    let mut scanned = 0;
    loop {
        let n = match input.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Failure(format!("cannot read {what}: {}", io_reason(&e)))),
        };
        if (bytes.len() + n) as u64 > max_size {
            return Err(Failure(format!(
                "{what} is larger than the limit of {}; raise it with --max-size if this really is one paper",
                byte_size(max_size)
            )));
        }
        bytes.extend_from_slice(chunk.get(..n).unwrap_or_default());
        if bytes.len() >= 2 {
            refuse_binary(&bytes, scanned, what)?;
            scanned = bytes.len();
        }
    }
    refuse_binary(&bytes, scanned, what)?;
    Ok(bytes)
}

/// Fails if `bytes[from..]` holds a NUL byte and the input is not UTF-16
/// (which has NUL bytes in every ASCII character).
fn refuse_binary(bytes: &[u8], from: usize, what: &str) -> Result<(), Failure> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Ok(());
    }
    let rest = bytes.get(from..).unwrap_or_default();
    let Some(pos) = memchr::memchr(0, rest) else {
        return Ok(());
    };
    if let Some(order) = utf16_without_bom(bytes) {
        return Err(Failure(format!(
            "{what} looks like UTF-16 ({order}) without a byte order mark; convert it with `iconv -f UTF-16{order} -t UTF-8`"
        )));
    }
    Err(Failure(format!(
        "{what} looks like a binary file (NUL byte at offset {}); opcit reads text: convert PDFs with `pdftotext`, Word files with `pandoc`",
        from + pos
    )))
}

/// `LE` or `BE` when the first bytes look like mostly-ASCII UTF-16: a NUL
/// in every second byte and none in the others.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static str> {
    let head = bytes.get(..bytes.len().min(512) & !1)?;
    if head.len() < 4 {
        return None;
    }
    let pairs = || head.chunks_exact(2);
    let (even_nul, odd_nul) = pairs().fold((0, 0), |(e, o), p| match p {
        [0, 0] => (e + 1, o + 1),
        [0, _] => (e + 1, o),
        [_, 0] => (e, o + 1),
        _ => (e, o),
    });
    let n = head.len() / 2;
    if odd_nul == n && even_nul == 0 {
        Some("LE")
    } else if even_nul == n && odd_nul == 0 {
        Some("BE")
    } else {
        None
    }
}

/// `536870912` as `512 MiB (536870912 bytes)`; small sizes in bytes only.
fn byte_size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes % MIB == 0 {
        format!("{} MiB ({bytes} bytes)", bytes / MIB)
    } else if bytes >= MIB {
        format!("{:.1} MiB ({bytes} bytes)", bytes as f64 / MIB as f64)
    } else {
        format!("{bytes} bytes")
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Loads the grammar with any extra files.
pub fn load_grammar(extra: &[PathBuf]) -> Result<Grammar, Failure> {
    let mut files = Vec::new();
    for p in extra {
        let text = std::fs::read_to_string(p).map_err(|e| {
            Failure(format!(
                "cannot read grammar `{}`: {}",
                p.display(),
                io_reason(&e)
            ))
        })?;
        files.push((p.display().to_string(), text));
    }
    Grammar::builtin_with(&files).map_err(|e| Failure(e.to_string()))
}

fn level_config(args: &CheckArgs) -> Result<LevelConfig, Failure> {
    // Flags apply in the order allow < warn < deny when given together.
    let mut cfg = LevelConfig::default();
    for (list, level) in [
        (&args.allow, Level::Allow),
        (&args.warn, Level::Warning),
        (&args.deny, Level::Error),
    ] {
        for name in list {
            let code = if name == "all" {
                None
            } else {
                Some(Code::parse(name).ok_or_else(|| {
                    Failure(format!(
                        "unknown diagnostic code `{name}`; known codes: all, {}",
                        Code::ALL
                            .iter()
                            .map(|c| c.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))
                })?)
            };
            cfg.set(code, level);
        }
    }
    Ok(cfg)
}

/// Runs the command line; returns the exit code.
pub fn run(cli: Cli) -> Result<u8, Failure> {
    match cli.command {
        Command::Extract(a) => extract(a),
        Command::Batch(a) => batch(a),
        Command::Corpus(a) => corpus(a),
        Command::Check(a) => check(a),
        Command::Graph(a) => graph(a),
        Command::Refs(a) => refs(a),
        Command::Codes => {
            let mut out = String::new();
            for c in Code::ALL {
                out.push_str(&format!(
                    "{:<28} {:<8} {}\n",
                    c.as_str(),
                    c.default_level().as_str(),
                    c.summary()
                ));
            }
            write_stdout(out.as_bytes())?;
            Ok(0)
        }
    }
}

fn write_stdout(bytes: &[u8]) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`opcit … | head`) is not a failure.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure(format!("cannot write output: {e}"))),
    }
}

/// Options of `opcit batch`.
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Files, directories (walked for .txt, .md, .html) and glob patterns.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Worker threads (default: every core).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Write the records to this file (atomically) instead of standard output.
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// Put the whole extract document in each record.
    #[arg(long)]
    pub full: bool,
    /// Input options.
    #[command(flatten)]
    pub input: InputArgs,
}

/// Options of `opcit corpus`.
#[derive(Debug, Args)]
pub struct CorpusArgs {
    /// Files, directories (walked for .txt, .md, .html) and glob patterns.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Worker threads (default: every core).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Write the JSON to this file (atomically) instead of standard output.
    #[arg(long, short = 'o')]
    pub output: Option<PathBuf>,
    /// Pretty-print the JSON.
    #[arg(long)]
    pub pretty: bool,
    /// Input options.
    #[command(flatten)]
    pub input: InputArgs,
}

fn jobs_or_cores(jobs: Option<usize>) -> usize {
    jobs.filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// A progress bar on standard error when it is a terminal, else nothing.
fn progress(len: Option<usize>, what: &str) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let (pb, template) = match len {
        Some(n) => (
            indicatif::ProgressBar::new(n as u64),
            format!("{{bar:40}} {{pos}}/{{len}} {what}  {{per_sec}}  eta {{eta}}"),
        ),
        None => (
            indicatif::ProgressBar::new_spinner(),
            format!("{{spinner}} {{pos}} {what}  {{per_sec}}  {{elapsed}}"),
        ),
    };
    pb.set_style(
        indicatif::ProgressStyle::with_template(&template)
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(pb)
}

/// Where JSON Lines go: standard output, or a temporary file next to the
/// target renamed over it at the end. Lines are written as they come, so
/// memory does not grow with the corpus.
struct LineSink {
    out: Box<dyn Write>,
    file: Option<(tempfile::NamedTempFile, PathBuf)>,
    error: Option<std::io::Error>,
    closed: bool,
}

impl LineSink {
    fn new(output: Option<&Path>) -> Result<LineSink, Failure> {
        let Some(path) = output.filter(|o| o.as_os_str() != "-") else {
            return Ok(LineSink {
                out: Box::new(std::io::BufWriter::new(std::io::stdout())),
                file: None,
                error: None,
                closed: false,
            });
        };
        let shown = path.display().to_string();
        if path.is_dir() {
            return Err(Failure(format!(
                "`{shown}` is a directory; give -o a file name"
            )));
        }
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let tmp = tempfile::Builder::new()
            .prefix(".opcit-")
            .suffix(".tmp")
            .tempfile_in(&dir)
            .map_err(|e| Failure(format!("cannot write `{shown}`: {}", io_reason(&e))))?;
        let handle = tmp
            .reopen()
            .map_err(|e| Failure(format!("cannot write `{shown}`: {}", io_reason(&e))))?;
        Ok(LineSink {
            out: Box::new(std::io::BufWriter::new(handle)),
            file: Some((tmp, path.to_path_buf())),
            error: None,
            closed: false,
        })
    }

    /// Writes a line; a closed pipe (`… | head`) ends the output quietly,
    /// other errors are kept for [`LineSink::finish`].
    fn write(&mut self, line: &str) {
        if self.closed || self.error.is_some() {
            return;
        }
        if let Err(e) = self.out.write_all(line.as_bytes()) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                self.closed = true;
            } else {
                self.error = Some(e);
            }
        }
    }

    fn finish(mut self) -> Result<(), Failure> {
        if !self.closed && self.error.is_none() {
            if let Err(e) = self.out.flush() {
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    self.error = Some(e);
                }
            }
        }
        drop(self.out);
        if let Some(e) = self.error {
            return Err(Failure(format!("cannot write output: {}", io_reason(&e))));
        }
        if let Some((tmp, path)) = self.file {
            let shown = path.display().to_string();
            let perms = match std::fs::metadata(&path) {
                Ok(m) => Some(m.permissions()),
                Err(_) => default_permissions(tmp.as_file()),
            };
            if let Some(p) = perms {
                let _ = tmp.as_file().set_permissions(p);
            }
            tmp.as_file()
                .sync_all()
                .map_err(|e| Failure(format!("cannot write `{shown}`: {}", io_reason(&e))))?;
            tmp.persist(&path)
                .map_err(|e| Failure(format!("cannot write `{shown}`: {}", io_reason(&e.error))))?;
        }
        Ok(())
    }
}

/// Ends a run's summary: elapsed time and rate.
fn timing(started: std::time::Instant, documents: usize) -> String {
    let secs = started.elapsed().as_secs_f64();
    let rate = if secs > 0.0 {
        documents as f64 / secs
    } else {
        0.0
    };
    format!("  in {secs:.2} s, {rate:.1} document(s)/s\n")
}

fn batch(a: BatchArgs) -> Result<u8, Failure> {
    use crate::batch::{analyze_file, run, Record, RunOptions, Totals};
    let started = std::time::Instant::now();
    let grammar = load_grammar(&a.input.grammars)?;
    let files = crate::batch::expand_paths(&a.paths).map_err(Failure)?;
    let o = RunOptions {
        options: Options {
            format: a.input.input_format.to_format(),
        },
        max_size: a.input.max_size,
        full: a.full,
        corpus: false,
    };
    let bar = progress(Some(files.len()), "papers");
    let mut sink = LineSink::new(a.output.as_deref())?;
    let mut totals = Totals::default();
    let mut failed = false;
    run(
        files,
        jobs_or_cores(a.jobs),
        |p| analyze_file(&p, &grammar, o).record,
        Record::error,
        |r| {
            totals.add(&r);
            failed |= r.is_failure();
            sink.write(&r.to_line());
            if let Some(pb) = &bar {
                pb.inc(1);
            }
        },
    )
    .map_err(Failure)?;
    if let Some(pb) = bar {
        pb.finish_and_clear();
    }
    sink.finish()?;
    eprint!("{}{}", totals.render(), timing(started, totals.documents));
    Ok(u8::from(failed))
}

/// A corpus read from files, and how many could not be read.
struct Collected {
    corpus: crate::corpus::Corpus,
    unreadable: usize,
}

/// Reads and analyses every paper of `paths` on `jobs` threads (a progress
/// bar on a terminal), merging their sources; unreadable papers are
/// reported on standard error and left out.
fn collect_corpus(
    paths: &[PathBuf],
    jobs: Option<usize>,
    input: &InputArgs,
    grammar: &Grammar,
) -> Result<Collected, Failure> {
    use crate::batch::{analyze_file, run, Outcome, Record, RunOptions};
    use crate::corpus::CorpusBuilder;
    let files = crate::batch::expand_paths(paths).map_err(Failure)?;
    let o = RunOptions {
        options: Options {
            format: input.input_format.to_format(),
        },
        max_size: input.max_size,
        full: false,
        corpus: true,
    };
    let bar = progress(Some(files.len()), "papers");
    let mut builder = CorpusBuilder::new();
    let mut unreadable = 0usize;
    run(
        files,
        jobs_or_cores(jobs),
        |p| analyze_file(&p, grammar, o),
        |e| Outcome {
            record: Record::error(e),
            sources: None,
        },
        |out| {
            match out.sources {
                Some((citations, works)) => {
                    let id = out.record.path.unwrap_or_default();
                    builder.add_sources(id, citations, works);
                }
                None => {
                    unreadable += 1;
                    eprintln!(
                        "warning: {}: {}",
                        sanitize_for_terminal(out.record.path.as_deref().unwrap_or("?")),
                        sanitize_for_terminal(out.record.error.as_deref().unwrap_or("?"))
                    );
                }
            }
            if let Some(pb) = &bar {
                pb.inc(1);
            }
        },
    )
    .map_err(Failure)?;
    if let Some(pb) = bar {
        pb.finish_and_clear();
    }
    Ok(Collected {
        corpus: builder.finish(),
        unreadable,
    })
}

fn corpus(a: CorpusArgs) -> Result<u8, Failure> {
    let started = std::time::Instant::now();
    let grammar = load_grammar(&a.input.grammars)?;
    let Collected { corpus, unreadable } = collect_corpus(&a.paths, a.jobs, &a.input, &grammar)?;
    let wire = corpus.to_wire();
    let mut json = if a.pretty {
        serde_json::to_string_pretty(&wire)
    } else {
        serde_json::to_string(&wire)
    }
    .map_err(|e| Failure(format!("cannot write JSON: {e}")))?;
    json.push('\n');
    let mut sink = LineSink::new(a.output.as_deref())?;
    sink.write(&json);
    sink.finish()?;
    let t = &wire.totals;
    eprint!(
        "{} paper(s), {} could not be read; {} source(s), {} shared by two papers or more; {} link(s); {} citation(s)\n{}",
        t.papers,
        unreadable,
        t.sources,
        t.shared_sources,
        t.links,
        t.citations,
        timing(started, t.papers + unreadable)
    );
    Ok(u8::from(unreadable > 0))
}

/// Lines of standard input, read lazily: number and bytes (without the line
/// end), blank lines skipped. A read error ends the stream with one error item.
fn stdin_lines() -> impl Iterator<Item = crate::batch::InputLine> {
    use std::io::BufRead;
    let mut input = std::io::BufReader::new(std::io::stdin());
    let mut n = 0usize;
    let mut done = false;
    std::iter::from_fn(move || loop {
        if done {
            return None;
        }
        let mut buf = Vec::new();
        n += 1;
        match input.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {
                while buf.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
                    buf.pop();
                }
                if buf.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                return Some((n, Ok(buf)));
            }
            Err(e) => {
                done = true;
                return Some((n, Err(format!("cannot read standard input: {e}"))));
            }
        }
    })
}

fn extract_jsonl(a: &ExtractArgs, grammar: &Grammar) -> Result<u8, Failure> {
    use crate::batch::{analyze_line, run, Record, RunOptions};
    let o = RunOptions {
        options: Options {
            format: a.input.input_format.to_format(),
        },
        max_size: a.input.max_size,
        full: a.full,
        corpus: false,
    };
    let mut failed = false;
    let mut sink = LineSink::new(None)?;
    run(
        stdin_lines(),
        jobs_or_cores(a.jobs),
        |line| analyze_line(line, grammar, o),
        Record::error,
        |r| {
            failed |= !r.ok;
            sink.write(&r.to_line());
        },
    )
    .map_err(Failure)?;
    sink.finish()?;
    Ok(u8::from(failed))
}

fn extract(a: ExtractArgs) -> Result<u8, Failure> {
    let grammar = load_grammar(&a.input.grammars)?;
    if a.jsonl {
        return extract_jsonl(&a, &grammar);
    }
    let Some(file) = a.file.as_deref() else {
        return Err(Failure(
            "give a paper, or --jsonl to read JSON Lines from standard input".into(),
        ));
    };
    let source = read_input(file, a.input.max_size)?;
    let doc = analyze(
        &source,
        &grammar,
        Options {
            format: a.input.input_format.to_format(),
        },
    );
    // The JSON is written from the model item by item, without a wire
    // document of the whole paper in memory.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = crate::export::extract::write_document(&mut out, &source, &doc, a.pretty)
        .map_err(std::io::Error::from)
        .and_then(|()| out.write_all(b"\n"))
        .and_then(|()| out.flush());
    match written {
        // A closed pipe (`opcit … | head`) is not a failure.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(Failure(format!("cannot write output: {}", io_reason(&e))))
        }
        _ => Ok(0),
    }
}

fn check(a: CheckArgs) -> Result<u8, Failure> {
    let grammar = load_grammar(&a.input.grammars)?;
    let cfg = level_config(&a)?;
    let color = match a.color {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let mut any_error = false;
    let mut results = Vec::new();
    for f in &a.files {
        let source = read_input(f, a.input.max_size)?;
        let mut doc = analyze(
            &source,
            &grammar,
            Options {
                format: a.input.input_format.to_format(),
            },
        );
        cfg.apply(&mut doc.diagnostics);
        any_error |= doc.diagnostics.iter().any(|d| d.level == Level::Error);
        results.push((source, doc));
    }
    let out = match a.format {
        CheckFormat::Human => {
            let mut s = String::new();
            for (source, doc) in &results {
                s.push_str(&render_human(source, &doc.diagnostics, color));
                let errors = doc
                    .diagnostics
                    .iter()
                    .filter(|d| d.level == Level::Error)
                    .count();
                let warnings = doc
                    .diagnostics
                    .iter()
                    .filter(|d| d.level == Level::Warning)
                    .count();
                let resolved = doc
                    .citations
                    .iter()
                    .filter(|c| c.status == Some(crate::model::Status::Resolved))
                    .count();
                s.push_str(&format!(
                    "{}: {} footnotes, {} citations ({} resolved), {} bibliography entries; {} error(s), {} warning(s)\n",
                    crate::diagnostic::sanitize_for_terminal(source.name()),
                    doc.footnotes.len(),
                    doc.citations.len(),
                    resolved,
                    doc.references.iter().filter(|r| r.bibliography_index.is_some()).count(),
                    errors,
                    warnings
                ));
            }
            s
        }
        CheckFormat::Json => {
            let files: Vec<serde_json::Value> = results
                .iter()
                .map(|(source, doc)| {
                    serde_json::json!({
                        "file": source.name(),
                        "diagnostics": doc.diagnostics.iter().map(|d| WireDiagnostic::new(source, d, doc.chapters())).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let v = serde_json::json!({ "schema": "opcit/check/1", "files": files });
            let mut s = serde_json::to_string_pretty(&v).map_err(|e| Failure(e.to_string()))?;
            s.push('\n');
            s
        }
        CheckFormat::Sarif => {
            let refs: Vec<(&SourceFile, &[crate::diagnostic::Diagnostic])> = results
                .iter()
                .map(|(s, d)| (s, d.diagnostics.as_slice()))
                .collect();
            let mut s = serde_json::to_string_pretty(&crate::export::sarif::sarif(&refs))
                .map_err(|e| Failure(e.to_string()))?;
            s.push('\n');
            s
        }
        CheckFormat::Github => results
            .iter()
            .map(|(s, d)| render_github(s, &d.diagnostics))
            .collect(),
    };
    write_stdout(out.as_bytes())?;
    Ok(u8::from(any_error))
}

/// The format to write: `--format`, else the output's extension, else the default.
fn pick_format<F: Copy>(
    explicit: Option<F>,
    output: Option<&Path>,
    from_path: fn(&Path) -> Option<F>,
    default: F,
    known: &str,
) -> Result<F, Failure> {
    if let Some(f) = explicit {
        return Ok(f);
    }
    match output.filter(|o| o.as_os_str() != "-") {
        None => Ok(default),
        Some(o) => from_path(o).ok_or_else(|| {
            Failure(format!(
                "cannot tell the format from the name `{}`; give --format ({known}) or use one of its extensions",
                o.display()
            ))
        }),
    }
}

/// The name a graph gives the document: the input's file name.
fn document_name(path: &Path) -> String {
    if path.as_os_str() == "-" {
        return "stdin".into();
    }
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Writes `bytes` to standard output, or atomically to `output`: a
/// temporary file in the same directory, renamed over the target once
/// complete, so a reader never sees half a file. Refuses to replace the input.
pub fn write_output(output: Option<&Path>, input: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let Some(out) = output.filter(|o| o.as_os_str() != "-") else {
        return write_stdout(bytes);
    };
    let shown = out.display().to_string();
    if input.as_os_str() != "-" && same_file(out, input) {
        return Err(Failure(format!(
            "refusing to overwrite the input `{shown}`; give -o another file"
        )));
    }
    if out.is_dir() {
        return Err(Failure(format!(
            "`{shown}` is a directory; give -o a file name"
        )));
    }
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".opcit-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| {
            Failure(format!(
                "cannot write `{shown}`: cannot create a file in `{}`: {}",
                dir.display(),
                io_reason(&e)
            ))
        })?;
    tmp.write_all(bytes)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(|e| Failure(format!("cannot write `{shown}`: {}", io_reason(&e))))?;
    // Keep an existing file's permissions; a new one gets the usual rw-r--r--
    // rather than the temporary file's owner-only mode.
    let perms = match std::fs::metadata(out) {
        Ok(m) => Some(m.permissions()),
        Err(_) => default_permissions(tmp.as_file()),
    };
    if let Some(p) = perms {
        let _ = tmp.as_file().set_permissions(p);
    }
    tmp.persist(out)
        .map_err(|e| Failure(format!("cannot write `{shown}`: {}", io_reason(&e.error))))?;
    Ok(())
}

/// Whether two paths name one file: the same path, the same file after
/// resolving links, or (on Unix) the same inode through a hard link.
fn same_file(a: &Path, b: &Path) -> bool {
    if a == b {
        return true;
    }
    if let (Ok(x), Ok(y)) = (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        if x == y {
            return true;
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    false
}

#[cfg(unix)]
fn default_permissions(f: &std::fs::File) -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    let mut p = f.metadata().ok()?.permissions();
    p.set_mode(0o644);
    Some(p)
}

#[cfg(not(unix))]
fn default_permissions(_: &std::fs::File) -> Option<std::fs::Permissions> {
    None
}

fn graph(a: GraphArgs) -> Result<u8, Failure> {
    use crate::export::{cytoscape, dot, gexf, graphml, jgf, node_link};
    use crate::graph::{Graph, View};
    let format = pick_format(
        a.format,
        a.output.as_deref(),
        GraphFormat::from_path,
        GraphFormat::Dot,
        "dot, json, cytoscape, jgf, graphml, gexf",
    )?;
    let grammar = load_grammar(&a.input.grammars)?;
    let first = a.paths.first().cloned().unwrap_or_default();
    let mut status = 0;
    let g = if a.corpus {
        if a.view == ViewArg::Full {
            return Err(Failure(
                "--view full shows one paper; --corpus has a view of its own".into(),
            ));
        }
        let collected = collect_corpus(&a.paths, a.jobs, &a.input, &grammar)?;
        if collected.unreadable > 0 {
            status = 1;
        }
        let papers = collected.corpus.papers.len();
        let g = Graph::corpus(&collected.corpus, "corpus");
        eprintln!(
            "{papers} paper(s), {} could not be read; {} source(s); {} link(s) between papers",
            collected.unreadable,
            collected.corpus.sources.len(),
            collected.corpus.links.len()
        );
        g
    } else {
        if a.paths.len() > 1 {
            return Err(Failure(format!(
                "graph takes one paper ({} given); add --corpus for the network of several",
                a.paths.len()
            )));
        }
        let source = read_input(&first, a.input.max_size)?;
        let doc = analyze(
            &source,
            &grammar,
            Options {
                format: a.input.input_format.to_format(),
            },
        );
        let view = match a.view {
            ViewArg::Sources => View::Sources,
            ViewArg::Full => View::Full,
        };
        Graph::build(&doc, view, &document_name(&first))
    };
    let text = match format {
        GraphFormat::Dot => dot::render(&g),
        GraphFormat::Json => node_link::render(&g),
        GraphFormat::Cytoscape => cytoscape::render(&g),
        GraphFormat::Jgf => jgf::render(&g),
        GraphFormat::Graphml => graphml::render(&g),
        GraphFormat::Gexf => gexf::render(&g),
    };
    write_output(a.output.as_deref(), &first, text.as_bytes())?;
    Ok(status)
}

fn refs(a: RefsArgs) -> Result<u8, Failure> {
    use crate::export::{bibtex, csl_json, ris};
    let format = pick_format(
        a.format,
        a.output.as_deref(),
        RefsFormat::from_path,
        RefsFormat::CslJson,
        "csl-json, bibtex, ris",
    )?;
    let grammar = load_grammar(&a.input.grammars)?;
    let source = read_input(&a.file, a.input.max_size)?;
    let doc = analyze(
        &source,
        &grammar,
        Options {
            format: a.input.input_format.to_format(),
        },
    );
    let text = match format {
        RefsFormat::CslJson => csl_json::render(&doc),
        RefsFormat::Bibtex => bibtex::render(&doc),
        RefsFormat::Ris => ris::render(&doc),
    };
    write_output(a.output.as_deref(), &a.file, text.as_bytes())?;
    Ok(0)
}
