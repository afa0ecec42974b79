//! Japanese and Korean notes citing works in Han characters: Japanese
//! names of three characters in a work with no kana, volumes written
//! `第` and a Chinese numeral, provisions in Chinese numerals, and the
//! page range a note cites after a Korean journal article. Expected values
//! were written by reading the notes.

// Tests may fail loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "papers_support/mod.rs"]
mod papers_support;

use papers_support::{authors, only, paper_of_notes};

/// A Japanese imprint word (`書店`, `書房`, `出版会`) marks a work with no
/// kana as Japanese: its three-character names are two characters of family
/// name and one of given name; Korean and Chinese names keep one and two.
#[test]
fn three_character_names_of_a_japanese_imprint_are_two_and_one() {
    let doc = paper_of_notes(
        "본문이다",
        &[
            "旗田巍, 『朝鮮史』, 岩波書店, 1951, 45頁.",
            "梶村秀樹, 『朝鮮史』, 講談社, 1977.",
            "井上清, 『日本の歴史』, 東京大学出版会, 1966, 12頁.",
            "李基白, 『韓國史新論』, 一潮閣, 1967, 88쪽.",
            "金哲洙, 『憲法學槪論』, 博英社, 1980, 30쪽.",
            "王泽鉴：《民法总则》，北京大学出版社2009年版，第12页。",
        ],
    );
    let names = |n: u32| {
        let c = only(&doc, n);
        authors(c.fields.as_deref().unwrap())
    };
    assert_eq!(names(1), [("旗田", "巍")]);
    assert_eq!(names(2), [("梶村", "秀樹")]);
    assert_eq!(names(3), [("井上", "清")]);
    assert_eq!(names(4), [("李", "基白")]);
    assert_eq!(names(5), [("金", "哲洙")]);
    assert_eq!(names(6), [("王", "泽鉴")]);
}

/// An imprint word is no Japanese mark where the work is Chinese or the
/// name Chinese or Korean: a name opening with a one-character Chinese or
/// Korean family name keeps one and two (`陳寅恪` of `三聯書店` in Hong
/// Kong, `姜在彦` published in Tokyo with kana in the title), Chinese title
/// marks make the work Chinese, and the word must end a word (`新社會` is a
/// new society, no `新社`).
#[test]
fn chinese_and_korean_names_keep_their_split_beside_a_japanese_imprint_word() {
    let doc = paper_of_notes(
        "본문이다",
        &[
            "陳寅恪, 『金明館叢稿初編』, 香港: 三聯書店, 2001, 45쪽.",
            "陳寅恪：《金明館叢稿初編》，香港：三聯書店，2001年，第45頁。",
            "劉少奇, 「新社會의 建設」, 『歷史學報』 12, 1990, 45쪽.",
            "姜在彦, 『朝鮮の開化思想』, 岩波書店, 1980, 12頁.",
            "費孝通：《鄉土中國》，香港：上海書店出版社，1991年，第23頁。",
            "旗田巍, 『朝鮮史』(東京: 岩波書店, 1951), 45頁.",
        ],
    );
    let names = |n: u32| {
        let c = only(&doc, n);
        authors(c.fields.as_deref().unwrap())
    };
    assert_eq!(names(1), [("陳", "寅恪")]);
    assert_eq!(names(2), [("陳", "寅恪")]);
    assert_eq!(names(3), [("劉", "少奇")]);
    assert_eq!(names(4), [("姜", "在彦")]);
    assert_eq!(names(5), [("費", "孝通")]);
    assert_eq!(names(6), [("旗田", "巍")]);
}

/// Korean notes put a comma between the bracket with the imprint and the
/// page: that page, or that range, is the place cited, and the work ends
/// at the bracket (`『論叢』 6(서울대, 1980), 120~125쪽`). A range after a
/// bracket holding a year alone is the article's pages (`『철학연구』
/// 제90집(2010), 101-130쪽`).
#[test]
fn a_page_after_the_imprint_bracket_and_a_comma_is_the_pinpoint() {
    let doc = paper_of_notes(
        "본문이다",
        &[
            "김철수, 「기본권의 체계」, 『법학논총』 6(서울대, 1980), 120~125쪽.",
            "이기백, 『한국사신론』(일조각, 1990), 45쪽.",
            "我妻栄『新訂債権総論』（岩波書店、1964年）、120頁。",
            "정원섭, 「롤스 정의론의 수용」, 『철학연구』 제90집(2010), 101-130쪽.",
            "정원섭, 「롤스 정의론의 수용」, 『철학연구』 제90집(2010), 115쪽.",
        ],
    );
    let pin = |n: u32| {
        let c = only(&doc, n);
        c.locator.as_ref().map(|l| l.value.clone())
    };
    assert_eq!(pin(1).as_deref(), Some("120~125"));
    assert_eq!(pin(2).as_deref(), Some("45"));
    assert_eq!(pin(3).as_deref(), Some("120"));
    let work = only(&doc, 1).fields.as_deref().unwrap();
    assert_eq!(work.container_title.as_deref(), Some("법학논총"));
    assert_eq!(work.page, None);
    assert_eq!(pin(4), None);
    let article = only(&doc, 4).fields.as_deref().unwrap();
    assert_eq!(article.page.as_deref(), Some("101-130"));
    assert_eq!(pin(5).as_deref(), Some("115"));
}

/// Volumes written `第` and Han numerals (`第一卷`, `第三册`) or as the
/// parts of a work in two (`上卷`, `下卷`) are the work's volume, not its
/// publisher or title; provisions in Han numerals (`第七百九条`,
/// `第一百二十条第二款`) make a statute citation as digits do.
#[test]
fn han_numeral_volumes_and_provisions() {
    let doc = paper_of_notes(
        "본문이다",
        &[
            "朝鮮總督府, 『朝鮮史』 第一卷(京城: 朝鮮印刷, 1932), 45쪽.",
            "李丙燾, 『韓國史』 上卷(乙酉文化社, 1959), 120쪽.",
            "末松保和, 『靑丘史草』 第三册(笠井出版, 1965), 88頁.",
            "「民法」第七百九条.",
            "民法 第一百二十条第二款.",
            "李丙燾, 『韓國史』 下卷(乙酉文化社, 1961), 33쪽.",
        ],
    );
    let work = |n: u32| only(&doc, n).fields.as_deref().unwrap();
    assert_eq!(work(1).volume.as_deref(), Some("1"));
    assert_eq!(work(1).title.as_deref(), Some("朝鮮史"));
    assert_eq!(work(2).volume.as_deref(), Some("上"));
    assert_ne!(work(2).publisher.as_deref(), Some("上卷"));
    assert_eq!(work(3).volume.as_deref(), Some("3"));
    assert_eq!(work(6).volume.as_deref(), Some("下"));
    for n in [4, 5] {
        assert_eq!(work(n).kind, "legislation");
        assert_eq!(work(n).title.as_deref(), Some("民法"));
    }
    let pin = only(&doc, 4).locator.as_ref().unwrap();
    assert_eq!(pin.label, "section");
}
