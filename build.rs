//! Embeds every `grammars/*.toml` file into the binary, so that adding a
//! language is adding a data file: no Rust changes needed.

// A build script that cannot read the grammars must stop the build.
#![allow(clippy::expect_used)]
use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new("grammars");
    println!("cargo:rerun-if-changed=grammars");
    let mut files: Vec<_> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut out = String::from("/// Built-in grammar files: (file name, contents).\npub static BUILTIN: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        // The path is made when the crate compiles, from its own manifest
        // directory: a build directory copied from another checkout then
        // still embeds this checkout's grammars.
        out.push_str(&format!(
            "    ({name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/grammars/\", {name:?}))),\n"
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("builtin_grammars.rs");
    fs::write(dest, out).expect("write builtin_grammars.rs");
}
