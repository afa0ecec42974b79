//! A Chinese law paper whose notes cite translated works in volumes
//! (`《德国民法通论》（下卷），王晓晔等译，法律出版社2004年版`) and whose GB/T 7714
//! list names standards and patents by number (`GB/T 7714—2015`,
//! `CN110123456A[P]`, `中国, ZL201910654321.X[P]`). Expected values were
//! written by reading the input.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use papers_support::{entry, entry_number, only, run};

const PAPER: &str = "fixtures/yizhu_fenjuan_biaozhun_zh.txt";

#[test]
fn a_bracketed_volume_keeps_the_publisher_after_it() {
    let (_, doc) = run(PAPER);
    // (note, volume, publisher, year, entry)
    for (note, volume, publisher, year, n) in [
        (1, "上", "中国人民大学出版社", 2016, 1),
        (2, "下", "法律出版社", 2004, 2),
        (6, "2", "法律出版社", 2000, 5),
    ] {
        let c = only(&doc, note);
        let f = c.fields.as_deref().unwrap();
        assert_eq!(f.volume.as_deref(), Some(volume), "note {note}");
        assert_eq!(f.publisher.as_deref(), Some(publisher), "note {note}");
        assert_eq!(
            f.issued.as_ref().unwrap().date_parts[0][0],
            year,
            "note {note}"
        );
        assert_eq!(entry_number(&doc, c), Some(n), "note {note}");
    }
    // The title is the book's, without the bracket.
    let f = only(&doc, 2).fields.as_deref().unwrap().clone();
    assert_eq!(f.title.as_deref(), Some("德国民法通论"));
    // `前引②，拉伦茨书` and `同上书` reach the same book.
    assert_eq!(entry_number(&doc, only(&doc, 3)), Some(2));
    assert_eq!(entry_number(&doc, only(&doc, 7)), Some(2));
}

#[test]
fn standards_and_patents_keep_their_numbers_out_of_their_titles() {
    let (_, doc) = run(PAPER);
    // (entry, kind, number, title)
    for (n, kind, number, title) in [
        (
            3,
            "standard",
            "GB/T 7714—2015",
            "信息与文献 参考文献著录规则",
        ),
        (6, "patent", "CN110123456A", "一种数据确权登记方法"),
        (
            7,
            "standard",
            "GB/T 35273—2020",
            "信息安全技术 个人信息安全规范",
        ),
        (8, "patent", "ZL201910654321.X", "一种数据资产登记装置"),
    ] {
        let e = entry(&doc, n);
        assert_eq!(e.kind, kind, "entry {n}");
        assert_eq!(e.number.as_deref(), Some(number), "entry {n}");
        assert_eq!(e.title.as_deref(), Some(title), "entry {n}");
    }
    assert_eq!(entry(&doc, 8).publisher_place.as_deref(), Some("中国"));
    assert_eq!(entry(&doc, 3).publisher.as_deref(), Some("中国标准出版社"));
}
