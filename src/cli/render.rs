//! `nergraph render`: a JSON graph in, a picture out, laid out by Graphviz.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;

use super::output;
use crate::error::{Error, Result};
use crate::export::dot::{self, Layout, Style};
use crate::export::graphviz::{self, Image};
use crate::export::json;
use crate::Graph;

/// Arguments of `render`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A JSON graph written by `nergraph extract`; `-` reads standard input.
    #[arg(value_name = "GRAPH.json")]
    input: PathBuf,

    /// Write the picture to FILE (atomically); its extension (.svg, .png,
    /// .pdf, .dot) gives the format unless --format is given. Default:
    /// standard output, which needs --format.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Picture format; `dot` writes the styled DOT without running
    /// Graphviz.
    #[arg(short, long, value_enum)]
    format: Option<PictureFormat>,

    /// Graphviz layout engine.
    #[arg(long, value_enum, default_value_t = LayoutArg::Dot)]
    layout: LayoutArg,

    /// Direction of the dot layout.
    #[arg(long, value_enum, default_value_t = RankDir::LR)]
    rankdir: RankDir,

    /// Draw only the N entities with the most mentions (and the relations
    /// among them).
    #[arg(long, value_name = "N")]
    top: Option<usize>,

    /// Draw co-occurrence edges only when seen in at least N sentences.
    #[arg(long, value_name = "N", default_value_t = 1)]
    min_cooccurrence: u64,

    /// Leave out the legend.
    #[arg(long)]
    no_legend: bool,

    /// Leave out the tooltips (evidence sentences shown on hover in SVG).
    #[arg(long)]
    no_tooltips: bool,
}

/// Picture formats of `render`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PictureFormat {
    /// Scalable vector graphics (with tooltips).
    Svg,
    /// A bitmap.
    Png,
    /// PDF.
    Pdf,
    /// The styled DOT, as it would be given to Graphviz.
    Dot,
}

/// Layout engines.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum LayoutArg {
    /// Layered, follows --rankdir.
    Dot,
    /// Spring model.
    Neato,
    /// Force-directed.
    Fdp,
    /// Multiscale force-directed, for large graphs.
    Sfdp,
}

/// Directions of the dot layout.
#[derive(Debug, Clone, Copy, ValueEnum)]
#[allow(clippy::upper_case_acronyms)]
enum RankDir {
    /// Left to right.
    #[value(name = "LR", alias = "lr")]
    LR,
    /// Right to left.
    #[value(name = "RL", alias = "rl")]
    RL,
    /// Top to bottom.
    #[value(name = "TB", alias = "tb")]
    TB,
    /// Bottom to top.
    #[value(name = "BT", alias = "bt")]
    BT,
}

/// What to draw and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// DOT dressing, layout engine and direction.
    pub style: Style,
    /// Keep only this many entities, by mentions.
    pub top: Option<usize>,
    /// Least weight of a co-occurrence edge drawn.
    pub min_cooccurrence: u64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            style: Style::picture(Layout::Dot, "LR"),
            top: None,
            min_cooccurrence: 1,
        }
    }
}

/// The picture format of `path`: `explicit`, else its extension.
pub fn image_of(path: &Path, explicit: Option<PictureFormat>) -> Result<PictureFormat> {
    if let Some(f) = explicit {
        return Ok(f);
    }
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    match Image::from_extension(ext) {
        Some(Image::Svg) => Ok(PictureFormat::Svg),
        Some(Image::Png) => Ok(PictureFormat::Png),
        Some(Image::Pdf) => Ok(PictureFormat::Pdf),
        None if ext.eq_ignore_ascii_case("dot") || ext.eq_ignore_ascii_case("gv") => {
            Ok(PictureFormat::Dot)
        }
        None => Err(Error::Usage(format!(
            "cannot tell the picture format of '{}' from its extension: use .svg, .png, .pdf \
             or .dot, or give --format",
            path.display()
        ))),
    }
}

/// Draws `graph` with `options` as `format` into `path` (`-` or `None`:
/// standard output).
pub fn draw(
    graph: &Graph,
    options: &Options,
    format: PictureFormat,
    path: Option<&Path>,
) -> Result<()> {
    let graph = graphviz::readable(graph, options.top, options.min_cooccurrence);
    let image = match format {
        PictureFormat::Dot => {
            return output::write(path, &dot::to_string_styled(&graph, &options.style))
        }
        PictureFormat::Svg => Image::Svg,
        PictureFormat::Png => Image::Png,
        PictureFormat::Pdf => Image::Pdf,
    };
    let bytes = graphviz::render(&graph, &options.style, image)?;
    output::write_bytes(path, &bytes)
}

/// Runs `render`.
pub fn run(args: Args) -> Result<ExitCode> {
    let format = match (&args.output, args.format) {
        (Some(p), explicit) if p.as_os_str() != "-" => image_of(p, explicit)?,
        (_, Some(f)) => f,
        (_, None) => {
            return Err(Error::Usage(
                "writing to standard output needs --format svg|png|pdf|dot".into(),
            ))
        }
    };
    let graph = read_graph(&args.input)?;
    let layout = match args.layout {
        LayoutArg::Dot => Layout::Dot,
        LayoutArg::Neato => Layout::Neato,
        LayoutArg::Fdp => Layout::Fdp,
        LayoutArg::Sfdp => Layout::Sfdp,
    };
    let rankdir = match args.rankdir {
        RankDir::LR => "LR",
        RankDir::RL => "RL",
        RankDir::TB => "TB",
        RankDir::BT => "BT",
    };
    let mut style = Style::picture(layout, rankdir);
    style.legend = !args.no_legend;
    style.tooltips = !args.no_tooltips;
    let options = Options {
        style,
        top: args.top,
        min_cooccurrence: args.min_cooccurrence,
    };
    draw(&graph, &options, format, args.output.as_deref())?;
    Ok(ExitCode::SUCCESS)
}

fn read_graph(path: &Path) -> Result<Graph> {
    let mut text = String::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::io("<stdin>", e))?;
    } else {
        text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    }
    json::from_str(&path.display().to_string(), &text)
}
