//! One lesson's teacher notes as HTML: headings, paragraphs, lists and tables, with `code` marked.

use super::teacher_notes::{Block, inline};
use leptos::prelude::*;

fn text(t: &str) -> impl IntoView + use<> {
    inline(t)
        .into_iter()
        .map(|(piece, code)| {
            if code {
                view! { <code>{piece}</code> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}

/// The blocks of one section.
pub fn notes_view(blocks: Vec<Block>) -> impl IntoView {
    blocks
        .into_iter()
        .map(|block| match block {
            Block::Heading(h) => view! { <h4>{text(&h)}</h4> }.into_any(),
            Block::Paragraph(p) => view! { <p>{text(&p)}</p> }.into_any(),
            Block::List(items) => view! {
                <ul>{items.into_iter().map(|i| view! { <li>{text(&i)}</li> }).collect_view()}</ul>
            }
            .into_any(),
            Block::Table(rows) => {
                let mut rows = rows.into_iter();
                let head = rows.next().unwrap_or_default();
                view! {
                    <table class="notes-table">
                        <thead><tr>{head.into_iter().map(|c| view! { <th scope="col">{text(&c)}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {rows.map(|row| view! {
                                <tr>{row.into_iter().map(|c| view! { <td>{text(&c)}</td> }).collect_view()}</tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }
                .into_any()
            }
        })
        .collect_view()
}
