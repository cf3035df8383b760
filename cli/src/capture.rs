//! Captures: `mms decode --pcap FILE` and `mms decode --slip --log FILE` read
//! them, `--capture FILE` on device commands (and `mms sim --capture`) writes them.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{anyhow, Context, Result};
use mms_capture::{CaptureEvent, DecodeOptions, DeviceAddress, EventKind, Link, Recorder};
use mms_spec::Spec;
use serde_json::{json, Map, Value};

use crate::Output;

/// A time since the Unix epoch as RFC 3339 UTC with microseconds
/// (`2026-11-29T13:48:27.123456Z`).
pub fn rfc3339(time: Duration) -> String {
    let secs = time.as_secs();
    let (days, rest) = (secs / 86_400, secs % 86_400);
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:06}Z",
        rest / 3600,
        rest / 60 % 60,
        rest % 60,
        time.subsec_micros()
    )
}

/// The JSON of one event: `decode --json`'s object with `ts`, `dir`, `src` and `frame` in front.
fn event_json(event: &CaptureEvent, spec: &Spec) -> Value {
    let mut out = Map::new();
    if let Some(time) = event.time {
        out.insert("ts".into(), json!(rfc3339(time)));
    }
    if let Some(dir) = event.direction {
        out.insert("dir".into(), json!(dir.as_str()));
    }
    out.insert("src".into(), json!(event.source));
    out.insert("frame".into(), json!(event.frame));
    let body = match &event.kind {
        EventKind::Message(bytes) => mms_dissect::dissect(bytes, spec),
        EventKind::Problem(why) => json!({"ok": false, "error": why}),
    };
    if let Value::Object(body) = body {
        out.extend(body);
    }
    Value::Object(out)
}

/// Where a decoded capture's events came from.
pub enum Source<'a> {
    /// A pcap or pcapng file, optionally one USB device of it.
    Pcap(&'a Path, Option<&'a str>),
    /// A raw serial byte log (SLIP).
    SlipLog(&'a Path),
}

/// Runs `mms decode --pcap` / `--slip --log`: prints every event; with
/// `strict`, fails when any message is broken or does not re-encode.
pub fn decode(source: Source<'_>, output: &Output, strict: bool, spec: &Spec) -> Result<ExitCode> {
    let mut total = 0usize;
    let mut bad = 0usize;
    let mut messages = 0usize;
    let mut show = |event: CaptureEvent| {
        let value = event_json(&event, spec);
        total += 1;
        messages += usize::from(matches!(event.kind, EventKind::Message(_)));
        let ok = value.get("ok") == Some(&Value::Bool(true))
            && value.get("roundtrip") == Some(&Value::Bool(true));
        if !ok {
            bad += 1;
        }
        if !output.json {
            let when = event.time.map(rfc3339).unwrap_or_else(|| "-".into());
            let dir = event.direction.map_or("?", |d| d.as_str());
            println!("# frame {}  {when}  {dir}  {}", event.frame, event.source);
        }
        output.print(&value, spec);
    };
    match source {
        Source::Pcap(path, device) => {
            let device = device
                .map(|d| {
                    d.parse::<DeviceAddress>()
                        .map_err(|e| anyhow!("--device: {e}"))
                })
                .transpose()?;
            let options = DecodeOptions {
                device,
                ..DecodeOptions::default()
            };
            let summary = mms_capture::decode_file(path, &options, &mut show)?;
            for note in &summary.notes {
                eprintln!("mms: note: {note}");
            }
            if messages == 0 {
                eprintln!(
                    "mms: no MMS messages in {} ({} records)",
                    path.display(),
                    summary.records
                );
            }
        }
        Source::SlipLog(path) => {
            let bytes =
                std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
            mms_capture::decode_slip_log(
                &bytes,
                mms_runtime::slip::DEFAULT_MAX_MESSAGE_LEN,
                &mut show,
            );
        }
    }
    if strict && bad > 0 {
        eprintln!("mms: {bad} of {total} captured items failed to decode or to re-encode byte-identically");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// A capture being written; reports a write failure when dropped.
pub struct CaptureFile {
    /// The shared recorder.
    pub recorder: Recorder,
    path: PathBuf,
}

impl CaptureFile {
    /// Creates the file.
    pub fn create(path: &Path) -> Result<Self> {
        let recorder = Recorder::create(path)
            .with_context(|| format!("cannot create the capture file {}", path.display()))?;
        Ok(Self {
            recorder,
            path: path.to_path_buf(),
        })
    }
}

impl Drop for CaptureFile {
    fn drop(&mut self) {
        if let Err(e) = self.recorder.finish() {
            eprintln!("mms: capture {} is incomplete: {e}", self.path.display());
        }
    }
}

/// An observer for `mms sim --capture`: the simulator's links as seen from the host.
pub fn sim_observer(recorder: Recorder) -> mms_sim::Observer {
    std::sync::Arc::new(move |link, flow, message: &[u8]| {
        let link = match link {
            mms_sim::LinkKind::Hid => Link::Hid,
            mms_sim::LinkKind::Serial => Link::Serial,
            mms_sim::LinkKind::WebSocket => Link::WebSocket,
            mms_sim::LinkKind::Memory => Link::Other,
        };
        let direction = match flow {
            mms_sim::Flow::FromHost => mms_capture::Direction::ToDevice,
            mms_sim::Flow::ToHost => mms_capture::Direction::ToHost,
        };
        recorder.record(link, direction, message);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_format_as_rfc3339() {
        assert_eq!(rfc3339(Duration::ZERO), "1970-01-01T00:00:00.000000Z");
        assert_eq!(
            rfc3339(Duration::from_micros(1_795_874_907_123_456)),
            "2026-11-28T14:08:27.123456Z"
        );
        assert_eq!(
            rfc3339(Duration::from_secs(951_782_400)),
            "2000-02-29T00:00:00.000000Z"
        );
    }
}
