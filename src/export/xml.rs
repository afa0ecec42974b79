//! XML 1.0 text escaping shared by the GraphML and GEXF writers.
//!
//! Everything that goes between quotes or tags passes through [`escape`]:
//! markup characters become entities, line breaks and tabs become character
//! references (so attribute-value normalisation cannot fold them into
//! spaces), and characters XML 1.0 forbids (NUL, ESC and the other C0
//! controls, U+FFFE, U+FFFF) are dropped, since no escape can carry them.
//! This module must never let input text end an element or open a new one.

/// Whether XML 1.0 allows the character at all (`Char` production).
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r')
        || (('\u{20}'..='\u{D7FF}').contains(&c))
        || (('\u{E000}'..='\u{FFFD}').contains(&c))
        || c >= '\u{10000}'
}

/// Escapes text for an XML attribute value or element content.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if is_xml_char(c) => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_becomes_entities_and_illegal_characters_go() {
        assert_eq!(
            escape("a<b>&\"c\" 'd'</node>"),
            "a&lt;b&gt;&amp;&quot;c&quot; &apos;d&apos;&lt;/node&gt;"
        );
        assert_eq!(escape("x\u{0}y\u{1b}[2J\u{FFFE}"), "xy[2J");
        assert_eq!(escape("line\nnext\r\tend"), "line&#10;next&#13;&#9;end");
        assert_eq!(escape("한국어 Русский"), "한국어 Русский");
    }
}
