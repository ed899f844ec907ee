# Sourced by the scripts: the tool paths and the offline Trunk they rely on.
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# Trunk must never try to download wasm-bindgen or wasm-opt (no internet here).
export TRUNK_OFFLINE=true
