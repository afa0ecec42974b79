//! The floor for benchmarks: read a file and check that it is UTF-8,
//! nothing more. `scripts/bench.sh` compares `opcit extract` against it.
//!
//! ```text
//! cargo run --release --example read_validate -- FILE
//! ```

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: read_validate FILE");
        std::process::exit(2);
    };
    match std::fs::read(&path) {
        Ok(bytes) => match std::str::from_utf8(&bytes) {
            Ok(s) => println!("{} bytes of UTF-8", s.len()),
            Err(e) => println!("not UTF-8 from byte {}", e.valid_up_to()),
        },
        Err(e) => {
            eprintln!("read_validate: {path}: {e}");
            std::process::exit(2);
        }
    }
}
