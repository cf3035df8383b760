//! `mms devices`: MagTek HID readers and serial ports on this machine.

use anyhow::Result;

/// Runs `mms devices`; finding nothing (or no HID support) is not an error.
pub fn run() -> Result<()> {
    println!("HID readers:");
    match mms_runtime::hid::list_hid_devices() {
        Ok(list) if list.is_empty() => println!("  none found"),
        Ok(list) => {
            for d in list {
                println!(
                    "  {} {} {:04X}:{:04X}{}{}  (use --hid={})",
                    d.path,
                    d.family,
                    d.vendor_id,
                    d.product_id,
                    d.product.map(|p| format!(" {p}")).unwrap_or_default(),
                    d.serial_number
                        .as_ref()
                        .map(|s| format!(" serial {s}"))
                        .unwrap_or_default(),
                    d.path
                );
            }
        }
        Err(e) => println!("  none found (HID is not available here: {e})"),
    }
    println!("serial ports:");
    match serialport::available_ports() {
        Ok(ports) if ports.is_empty() => println!("  none found"),
        Ok(ports) => {
            for p in ports {
                let kind = match p.port_type {
                    serialport::SerialPortType::UsbPort(u) => format!(
                        " USB {:04X}:{:04X}{}",
                        u.vid,
                        u.pid,
                        u.product.map(|p| format!(" {p}")).unwrap_or_default()
                    ),
                    _ => String::new(),
                };
                println!("  {}{kind}  (use --serial {})", p.port_name, p.port_name);
            }
        }
        Err(e) => println!("  none found (cannot list serial ports: {e})"),
    }
    Ok(())
}
