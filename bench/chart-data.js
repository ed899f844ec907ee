// What both peer pages draw, and how they write it: the figures and
// milestones build-peer.mjs injects from data/*.csv, the destinations'
// names and colours (the widget's light palette), and the value and share
// formats (the widget's precision).

/* global FIGURES, MILESTONES */
export const milestones = MILESTONES;
export const total = FIGURES.find((f) => f.destination === 'all').value;
export const countries = FIGURES.filter((f) => f.destination !== 'all');
export const names = { japan: 'Japan', united_states: 'United States', china: 'China' };
export const colours = { japan: '#0068a8', united_states: '#c04b00', china: '#007c5a' };
export const money = (k) => `$${(k / 1000).toFixed(3)}M`;
export const share = (k) => `${((k / total) * 100).toFixed(1)}%`;
