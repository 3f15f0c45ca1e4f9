//! The looks of an xlsx sheet's cells (fonts, fills, borders, alignment), gathered in the pass
//! that reads its cells: calamine gives each cell's style index, and the workbook's styles
//! give what each style looks like. A look is stored once; each column keeps the runs of
//! consecutive rows whose cells share one, so a column formatted as a whole is one run however
//! long the sheet.

use std::collections::HashMap;

use calamine::{
    BorderStyle, FillPattern, HorizontalAlignment, Style, TextRotation, VerticalAlignment,
};

use crate::model::{Across, CellLook, CellLooks, Down, Line, Rgb};

/// Gathers the looks of one sheet's cells, as they come.
#[derive(Debug)]
pub struct Collector {
    looks: Vec<CellLook>,
    /// Per cell style (its index in the workbook's styles), its look, when it has one.
    styles: Vec<Option<u16>>,
    runs: Vec<Vec<(u32, u32, u16)>>,
    count: usize,
    /// Past this many runs, the rest of the sheet is left as the tool's defaults.
    max_runs: usize,
}

impl Collector {
    /// A collector for a workbook whose cell styles are `styles`; at most `max_runs` runs.
    pub fn new(styles: &[Style], max_runs: usize) -> Self {
        let mut looks = Vec::new();
        let mut seen: HashMap<CellLook, u16> = HashMap::new();
        let styles = styles
            .iter()
            .map(|s| {
                let look = look(s)?;
                if let Some(&i) = seen.get(&look) {
                    return Some(i);
                }
                let i = u16::try_from(looks.len()).ok()?;
                seen.insert(look.clone(), i);
                looks.push(look);
                Some(i)
            })
            .collect();
        Collector {
            looks,
            styles,
            runs: Vec::new(),
            count: 0,
            max_runs,
        }
    }

    /// Takes the cell at (`row`, `col`), of cell style `style`, into account; cells come in
    /// row order within each column.
    pub fn cell(&mut self, row: u32, col: u32, style: usize) {
        if self.looks.is_empty() || self.count > self.max_runs {
            return;
        }
        let Some(look) = self.styles.get(style).copied().flatten() else {
            return;
        };
        let Ok(i) = usize::try_from(col) else { return };
        if self.runs.len() <= i {
            self.runs.resize(i + 1, Vec::new());
        }
        let runs = &mut self.runs[i];
        match runs.last_mut() {
            Some(last) if last.1.checked_add(1) == Some(row) && last.2 == look => last.1 = row,
            // A cell above one already seen (a file written by hand) is not given a look: the
            // runs stay in order.
            Some(last) if row <= last.1 => {}
            _ => {
                runs.push((row, row, look));
                self.count += 1;
            }
        }
    }

    /// The looks gathered.
    pub fn finish(mut self) -> CellLooks {
        while self.runs.last().is_some_and(Vec::is_empty) {
            self.runs.pop();
        }
        if self.runs.is_empty() {
            return CellLooks::default();
        }
        CellLooks {
            looks: self.looks,
            runs: self.runs,
        }
    }
}

/// The look of a workbook style, when it shows anything besides the default.
fn look(s: &Style) -> Option<CellLook> {
    let mut l = CellLook::default();
    if let Some(f) = &s.font {
        l.bold = f.is_bold();
        l.italic = f.is_italic();
        l.underline = f.has_underline();
        l.strike = f.has_strikethrough();
        // Colours that are black are the default text colour, as the file's theme gives it.
        l.color = f.color.map(rgb);
        l.size = f
            .size
            .filter(|s| s.is_finite() && (1.0..=409.0).contains(s))
            .map(|s| (s * 100.0).round() as u32);
        l.font = f
            .name
            .as_deref()
            .filter(|n| !n.is_empty() && n.len() <= 31 && crate::safe::cell::xml_legal(n))
            .map(Into::into);
    }
    if let Some(f) = &s.fill {
        if f.pattern != FillPattern::None {
            l.fill = f.get_color().map(rgb);
        }
    }
    if let Some(b) = &s.borders {
        for (i, side) in [&b.left, &b.right, &b.top, &b.bottom]
            .into_iter()
            .enumerate()
        {
            l.borders[i] = line(side.style).map(|k| (k, side.color.map(rgb)));
        }
    }
    if let Some(a) = &s.alignment {
        l.across = match a.horizontal {
            HorizontalAlignment::Left => Across::Left,
            HorizontalAlignment::Center => Across::Center,
            HorizontalAlignment::CenterContinuous => Across::CenterAcross,
            HorizontalAlignment::Right => Across::Right,
            HorizontalAlignment::Justify => Across::Justify,
            HorizontalAlignment::Distributed => Across::Distributed,
            HorizontalAlignment::Fill => Across::Fill,
            _ => Across::General,
        };
        l.down = match a.vertical {
            VerticalAlignment::Top => Down::Top,
            VerticalAlignment::Center => Down::Center,
            VerticalAlignment::Justify => Down::Justify,
            VerticalAlignment::Distributed => Down::Distributed,
            _ => Down::Bottom,
        };
        l.wrap = a.wrap_text;
        l.indent = a.indent.unwrap_or(0).min(250);
        l.rotation = match a.text_rotation {
            TextRotation::Degrees(d) if d <= 180 => d,
            TextRotation::Stacked => 255,
            _ => 0,
        };
    }
    // The default font's size, name and colour alone change nothing the user set on a cell.
    let plain = CellLook {
        size: l.size.filter(|&s| s != DEFAULT_SIZE),
        color: l.color.filter(|&c| c != 0),
        font: None,
        ..l.clone()
    };
    (plain != CellLook::default()).then_some(l)
}

/// The size of the default font (11 pt), which says nothing about a cell.
const DEFAULT_SIZE: u32 = 1100;

fn rgb(c: calamine::Color) -> Rgb {
    c.to_argb() & 0x00FF_FFFF
}

fn line(s: BorderStyle) -> Option<Line> {
    Some(match s {
        BorderStyle::Thin => Line::Thin,
        BorderStyle::Medium => Line::Medium,
        BorderStyle::Thick => Line::Thick,
        BorderStyle::Double => Line::Double,
        BorderStyle::Hair => Line::Hair,
        BorderStyle::Dashed => Line::Dashed,
        BorderStyle::Dotted => Line::Dotted,
        BorderStyle::MediumDashed => Line::MediumDashed,
        BorderStyle::DashDot => Line::DashDot,
        BorderStyle::MediumDashDot => Line::MediumDashDot,
        BorderStyle::DashDotDot => Line::DashDotDot,
        BorderStyle::MediumDashDotDot => Line::MediumDashDotDot,
        BorderStyle::SlantDashDot => Line::SlantDashDot,
        _ => return None,
    })
}
