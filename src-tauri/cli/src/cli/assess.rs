//! `aloud assess` without --answers: the twenty statements asked one by one.
use aloud_core::assessment::{scale, stem, Answers, STATEMENTS};
use aloud_core::i18n::{key, Args, Catalogue};
use aloud_core::{CoreError, Result};
use std::io::{BufRead, Write};

/// Asks every statement on `output` and reads the answers from `input`; `q` stops
/// without saving anything. Any text that is not 1–5 is asked again.
pub fn ask(c: &Catalogue, input: &mut impl BufRead, output: &mut impl Write) -> Result<Answers> {
    let io = |e| CoreError::io(key("io-terminal"), "", e);
    let points: Vec<String> = scale(c)
        .iter()
        .enumerate()
        .map(|(i, label)| format!("{} {label}", i + 1))
        .collect();
    let intro = Args::new().str("scale", points.join(" · "));
    writeln!(output, "{}", c.msg_with("assess-intro", &intro)).map_err(io)?;
    let stem = stem(c);
    let mut answers = Vec::with_capacity(STATEMENTS.len());
    let mut mindset = None;
    for (i, statement) in STATEMENTS.iter().enumerate() {
        if mindset != Some(statement.mindset) {
            mindset = Some(statement.mindset);
            writeln!(output, "\n{}", statement.mindset.title(c)).map_err(io)?;
        }
        loop {
            write!(
                output,
                "{:>2}/20  {stem} {}\n       > ",
                i + 1,
                c.msg(statement.text)
            )
            .map_err(io)?;
            output.flush().map_err(io)?;
            let mut line = String::new();
            if input.read_line(&mut line).map_err(io)? == 0 {
                return Err(CoreError::invalid(c.msg("assess-ended-early")));
            }
            match line.trim() {
                "q" | "Q" => return Err(CoreError::invalid(c.msg("assess-stopped"))),
                text => match text.parse::<i64>() {
                    Ok(v @ 1..=5) => {
                        answers.push(v);
                        break;
                    }
                    _ => writeln!(output, "       {}", c.msg("assess-again")).map_err(io)?,
                },
            }
        }
    }
    Answers::new(&answers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use aloud_core::i18n::Language;

    #[test]
    fn answers_are_read_one_per_statement_and_wrong_ones_asked_again() {
        let typed = format!("7\nfour\n{}", "4\n".repeat(20));
        let mut shown = Vec::new();
        let answers = ask(
            Catalogue::get(Language::En),
            &mut typed.as_bytes(),
            &mut shown,
        )
        .unwrap();
        assert_eq!(answers.values(), &[4; 20]);
        let shown = String::from_utf8(shown).unwrap();
        assert_eq!(shown.matches("Type a number from 1 to 5").count(), 2);
        assert!(shown.contains("20/20  In the last two weeks I"));
        assert!(shown.contains("Think networks"));
    }

    #[test]
    fn stopping_early_saves_nothing() {
        for typed in ["3\n3\nq\n", "3\n3\n"] {
            let e = ask(
                Catalogue::get(Language::En),
                &mut typed.as_bytes(),
                &mut Vec::new(),
            )
            .unwrap_err();
            assert!(e.to_string().contains("nothing was saved"), "{e}");
        }
    }
}

#[test]
fn the_statements_are_asked_in_the_persons_language() {
    let typed = "4\n".repeat(20);
    let mut shown = Vec::new();
    let c = Catalogue::get(aloud_core::i18n::Language::De);
    ask(c, &mut typed.as_bytes(), &mut shown).unwrap();
    let shown = String::from_utf8(shown).unwrap();
    assert!(shown.contains("Stimme voll zu"), "{shown}");
    assert!(shown.contains("20/20  In den letzten zwei Wochen habe ich"));
    assert!(shown.contains("Denk in Netzwerken"));
}
