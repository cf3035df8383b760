//! The captured cardholder signature: the manual's Signature Capture File Type
//! (section "Signature Capture File Type", Table 45), which Request Cardholder
//! Signature (`1801`) leaves on the device as file `01000000`, read here and
//! drawn as SVG, or as PNG with the `png` feature.
//!
//! The file is a TLV sequence: `81` (8 bytes) the signature window as left,
//! right, top and bottom edges (2 bytes each, big-endian), and `82` the
//! coordinates, 4 bytes a point (X then Y, 2 bytes each). Table 45 does not say
//! how the pen lifting between strokes is marked; this module reads the point
//! `FFFF FFFF` ([`PEN_UP`]) as the break between two strokes (the simulator
//! writes it so), and a list without it draws as one stroke.
//!
//! [`SignatureFile`] is the one place that reads the file's layout. It has the
//! shape a type generated from the spec's data types would have, so it can be
//! replaced by that type once the spec carries Table 45.
//!
//! ```
//! use mms_runtime::signature::Signature;
//!
//! // Window 0..253 x 0..120, one stroke of two points.
//! let file = [
//!     0x81, 0x08, 0x00, 0x00, 0x00, 0xFD, 0x00, 0x00, 0x00, 0x78,
//!     0x82, 0x08, 0x00, 0x0A, 0x00, 0x14, 0x00, 0x32, 0x00, 0x28,
//! ];
//! let signature = Signature::parse(&file)?;
//! assert_eq!(signature.strokes.len(), 1);
//! assert!(signature.to_svg().contains("<polyline"));
//! # Ok::<(), mms_runtime::signature::SignatureError>(())
//! ```

use std::fmt::{self, Write as _};

use mms_codec::{Contents, DecodeError};

/// The point that marks the pen lifting between two strokes (see the module docs).
pub const PEN_UP: [u8; 4] = [0xFF; 4];

/// Most points read from one file (a device's file is at most about 4,000 bytes).
pub const MAX_POINTS: usize = 65_536;

/// The Signature Capture File Type (manual Table 45) as stored on the device.
#[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
pub struct SignatureFile {
    /// `81` Signature window: left, right, top, bottom edges (8 bytes, required).
    #[tlv(tag = 0x81)]
    pub window: [u8; 8],
    /// `82` Signature coordinate values list: X, Y (2 bytes each) per point (optional).
    #[tlv(tag = 0x82)]
    pub coordinates: Option<Vec<u8>>,
    /// Items Table 45 does not name, kept for re-encoding.
    #[tlv(unknown)]
    pub unknown: mms_codec::Unknown,
}

/// One point of a stroke, in the device's touch coordinates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    /// X coordinate.
    pub x: u16,
    /// Y coordinate (grows downwards).
    pub y: u16,
}

/// The signature window: the bounding box of all points, as the device reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// Smallest X.
    pub left: u16,
    /// Largest X.
    pub right: u16,
    /// Smallest Y.
    pub top: u16,
    /// Largest Y.
    pub bottom: u16,
}

impl Window {
    /// Width in device units (at least 1).
    pub fn width(&self) -> u32 {
        u32::from(self.right.saturating_sub(self.left)).max(1)
    }

    /// Height in device units (at least 1).
    pub fn height(&self) -> u32 {
        u32::from(self.bottom.saturating_sub(self.top)).max(1)
    }
}

/// A captured signature: its window and its pen strokes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    /// The window the device reported.
    pub window: Window,
    /// The strokes, each the points drawn without lifting the pen.
    pub strokes: Vec<Vec<Point>>,
}

/// Why a signature file could not be read or drawn.
#[derive(Debug)]
#[non_exhaustive]
pub enum SignatureError {
    /// The file is not the TLV layout of Table 45 (where and why).
    Decode(DecodeError),
    /// The file is the encrypted variant (Table 46, container `F9`): decrypt it first.
    Encrypted,
    /// The coordinate list's length is not a multiple of 4.
    RaggedCoordinates {
        /// Its length in bytes.
        len: usize,
    },
    /// More points than [`MAX_POINTS`].
    TooManyPoints {
        /// How many the file holds.
        count: usize,
    },
    /// The picture could not be drawn (PNG only: a size out of range).
    Render(String),
}

impl fmt::Display for SignatureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Decode(e) => write!(f, "not a signature capture file (Table 45): {e}"),
            Self::Encrypted => f.write_str(
                "the signature is encrypted (Table 46, container F9); decrypt it before drawing",
            ),
            Self::RaggedCoordinates { len } => write!(
                f,
                "signature coordinates (tag 82) are {len} bytes, not a multiple of 4 (X, Y per point)"
            ),
            Self::TooManyPoints { count } => {
                write!(f, "signature has {count} points, more than {MAX_POINTS}")
            }
            Self::Render(why) => write!(f, "cannot draw the signature: {why}"),
        }
    }
}

impl std::error::Error for SignatureError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Decode(e) => Some(e),
            _ => None,
        }
    }
}

impl Signature {
    /// Reads a Signature Capture File (the payload of file `01000000`).
    pub fn parse(file: &[u8]) -> Result<Self, SignatureError> {
        if file.first() == Some(&0xF9) {
            return Err(SignatureError::Encrypted);
        }
        let file = SignatureFile::from_bytes(file).map_err(SignatureError::Decode)?;
        let w = file.window;
        let window = Window {
            left: u16::from_be_bytes([w[0], w[1]]),
            right: u16::from_be_bytes([w[2], w[3]]),
            top: u16::from_be_bytes([w[4], w[5]]),
            bottom: u16::from_be_bytes([w[6], w[7]]),
        };
        let coordinates = file.coordinates.unwrap_or_default();
        if coordinates.len() % 4 != 0 {
            return Err(SignatureError::RaggedCoordinates {
                len: coordinates.len(),
            });
        }
        let count = coordinates.len() / 4;
        if count > MAX_POINTS {
            return Err(SignatureError::TooManyPoints { count });
        }
        let mut strokes = Vec::new();
        let mut stroke = Vec::new();
        for point in coordinates.chunks_exact(4) {
            if point == PEN_UP {
                if !stroke.is_empty() {
                    strokes.push(std::mem::take(&mut stroke));
                }
                continue;
            }
            stroke.push(Point {
                x: u16::from_be_bytes([point[0], point[1]]),
                y: u16::from_be_bytes([point[2], point[3]]),
            });
        }
        if !stroke.is_empty() {
            strokes.push(stroke);
        }
        Ok(Signature { window, strokes })
    }

    /// The Signature Capture File for this signature (strokes separated by [`PEN_UP`]).
    pub fn to_file(&self) -> Vec<u8> {
        let w = &self.window;
        let mut window = [0u8; 8];
        for (i, edge) in [w.left, w.right, w.top, w.bottom].into_iter().enumerate() {
            window[i * 2..i * 2 + 2].copy_from_slice(&edge.to_be_bytes());
        }
        let mut coordinates = Vec::new();
        for (i, stroke) in self.strokes.iter().enumerate() {
            if i > 0 {
                coordinates.extend_from_slice(&PEN_UP);
            }
            for p in stroke {
                coordinates.extend_from_slice(&p.x.to_be_bytes());
                coordinates.extend_from_slice(&p.y.to_be_bytes());
            }
        }
        SignatureFile {
            window,
            coordinates: Some(coordinates),
            unknown: Default::default(),
        }
        .to_bytes()
    }

    /// How many points all strokes hold.
    pub fn point_count(&self) -> usize {
        self.strokes.iter().map(Vec::len).sum()
    }

    /// The signature as an SVG document: the window as its view box, one
    /// black polyline per stroke (a single point as a dot).
    pub fn to_svg(&self) -> String {
        let w = &self.window;
        let (width, height) = (w.width(), w.height());
        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{} {} {width} {height}\" \
             width=\"{width}\" height=\"{height}\">\n\
             <rect x=\"{}\" y=\"{}\" width=\"{width}\" height=\"{height}\" fill=\"white\"/>\n",
            w.left, w.top, w.left, w.top
        );
        for stroke in &self.strokes {
            let points: Vec<String> = stroke.iter().map(|p| format!("{},{}", p.x, p.y)).collect();
            let points = if points.len() == 1 {
                // A polyline of one point draws nothing; repeat it so the round cap shows a dot.
                format!("{0} {0}", points[0])
            } else {
                points.join(" ")
            };
            let _ = writeln!(
                svg,
                "<polyline points=\"{points}\" fill=\"none\" stroke=\"black\" \
                 stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>"
            );
        }
        svg.push_str("</svg>\n");
        svg
    }

    /// The signature as a PNG image, `scale` pixels per device unit (clamped to
    /// 1..=8), black strokes on white.
    #[cfg(feature = "png")]
    pub fn to_png(&self, scale: u32) -> Result<Vec<u8>, SignatureError> {
        use tiny_skia::{Color, LineCap, LineJoin, Paint, PathBuilder, Pixmap, Stroke, Transform};
        let scale = scale.clamp(1, 8);
        let w = &self.window;
        // A margin of a few units keeps strokes on the edge whole.
        let margin = 4.0;
        let width = (w.width() as f32 + 2.0 * margin) * scale as f32;
        let height = (w.height() as f32 + 2.0 * margin) * scale as f32;
        let mut pixmap = Pixmap::new(width.ceil() as u32, height.ceil() as u32)
            .ok_or_else(|| SignatureError::Render(format!("{width}x{height} pixels")))?;
        pixmap.fill(Color::WHITE);
        let mut paint = Paint::default();
        paint.set_color(Color::BLACK);
        paint.anti_alias = true;
        let stroke = Stroke {
            width: 2.0,
            line_cap: LineCap::Round,
            line_join: LineJoin::Round,
            ..Stroke::default()
        };
        let transform =
            Transform::from_translate(margin - f32::from(w.left), margin - f32::from(w.top))
                .post_scale(scale as f32, scale as f32);
        for points in &self.strokes {
            let mut path = PathBuilder::new();
            let first = points[0];
            path.move_to(f32::from(first.x), f32::from(first.y));
            if points.len() == 1 {
                // A zero-length segment with round caps draws a dot.
                path.line_to(f32::from(first.x), f32::from(first.y) + 0.01);
            }
            for p in &points[1..] {
                path.line_to(f32::from(p.x), f32::from(p.y));
            }
            if let Some(path) = path.finish() {
                pixmap.stroke_path(&path, &paint, &stroke, transform, None);
            }
        }
        pixmap
            .encode_png()
            .map_err(|e| SignatureError::Render(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_strokes() -> Signature {
        Signature {
            window: Window {
                left: 0,
                right: 253,
                top: 0,
                bottom: 120,
            },
            strokes: vec![
                vec![Point { x: 10, y: 100 }, Point { x: 40, y: 20 }],
                vec![Point { x: 60, y: 60 }],
            ],
        }
    }

    #[test]
    fn a_file_round_trips_with_its_strokes() {
        let signature = two_strokes();
        let file = signature.to_file();
        // 81 08 window, 82 len: 2 points + pen up + 1 point = 16 bytes.
        assert_eq!(&file[..2], &[0x81, 0x08]);
        assert_eq!(&file[10..12], &[0x82, 16]);
        assert_eq!(&file[20..24], &PEN_UP);
        assert_eq!(Signature::parse(&file).unwrap(), signature);
        assert_eq!(signature.point_count(), 3);
    }

    #[test]
    fn bad_files_are_clear_errors() {
        let err = Signature::parse(&[0x82, 0x01, 0x00]).unwrap_err();
        assert!(err.to_string().contains("Table 45"), "{err}");
        let mut file = vec![0x81, 0x08, 0, 0, 0, 10, 0, 0, 0, 10, 0x82, 0x03, 1, 2, 3];
        assert!(matches!(
            Signature::parse(&file),
            Err(SignatureError::RaggedCoordinates { len: 3 })
        ));
        file[0] = 0xF9;
        assert!(matches!(
            Signature::parse(&file),
            Err(SignatureError::Encrypted)
        ));
        // A window of 7 bytes: the decoder names tag 81.
        let err = Signature::parse(&[0x81, 0x07, 0, 0, 0, 0, 0, 0, 0]).unwrap_err();
        assert!(err.to_string().contains("81"), "{err}");
    }

    #[test]
    fn no_coordinates_is_an_empty_signature() {
        let signature = Signature::parse(&[0x81, 0x08, 0, 0, 0, 0xC8, 0, 0, 0, 0xB9]).unwrap();
        assert!(signature.strokes.is_empty());
        assert_eq!(signature.window.width(), 200);
        assert!(!signature.to_svg().contains("polyline"));
    }

    #[test]
    fn svg_has_one_polyline_per_stroke_in_the_window() {
        let svg = two_strokes().to_svg();
        assert!(
            svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 253 120\"")
        );
        assert_eq!(svg.matches("<polyline").count(), 2);
        assert!(svg.contains("points=\"10,100 40,20\""));
        assert!(svg.contains("points=\"60,60 60,60\""));
        assert!(svg.trim_end().ends_with("</svg>"));
    }

    #[cfg(feature = "png")]
    #[test]
    fn png_draws_black_strokes_on_white() {
        let png = two_strokes().to_png(2).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let pixmap = tiny_skia::Pixmap::decode_png(&png).unwrap();
        assert_eq!(
            (pixmap.width(), pixmap.height()),
            ((253 + 8) * 2, (120 + 8) * 2)
        );
        let dark = pixmap
            .pixels()
            .iter()
            .filter(|p| p.red() < 128 && p.alpha() == 255)
            .count();
        // Two strokes at 2 px wide and scale 2: some hundreds of dark pixels, far from all.
        assert!(dark > 100 && dark < 10_000, "{dark} dark pixels");
        // The first stroke's midpoint, (25, 60), moved by the margin and scaled.
        let p = pixmap.pixel((25 + 4) * 2, (60 + 4) * 2).unwrap();
        assert!(p.red() < 128, "{p:?}");
        // A corner far from any stroke stays white.
        let p = pixmap.pixel(5, 5).unwrap();
        assert_eq!(p.red(), 255);
    }
}
