//! The floor for benchmarks: read a file and check that it is UTF-8,
//! nothing more. `scripts/bench.sh` compares `opcit extract` against it.
//!
//! ```text
//! cargo run --release --example read_validate -- FILE [TIMES]
//! ```
//!
//! `TIMES` (default 1) reads and validates the file that many times, so
//! that a small file takes long enough to be timed (a process that ends
//! within the 10 ms resolution of `/usr/bin/time` cannot be).

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: read_validate FILE [TIMES]");
        std::process::exit(2);
    };
    let times: usize = match args.next().map(|t| t.parse()) {
        None => 1,
        Some(Ok(n)) if n > 0 => n,
        Some(_) => {
            eprintln!("read_validate: TIMES must be a positive whole number");
            std::process::exit(2);
        }
    };
    for _ in 0..times {
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
}
