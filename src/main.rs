//! Mounts the app; everything else lives in the library so it can be tested.

fn main() {
    klantcyclus::start();
}
