//! Lally's habit curve (Lally et al. 2010, Eur. J. Soc. Psychol. 40:998): automaticity
//! rises on `a − b·e^(−c·t)` towards a plateau `a`, t in days since the habit began.
//! Fitted by least squares: for a given rate `c` the model is linear in `a` and `b`,
//! so each `c` has an exact best `a`, `b`; the best `c` is found on a log grid, then
//! refined by golden-section search.
use serde::Serialize;

/// At least this many checks …
pub const MIN_CHECKS: usize = 4;
/// … spanning at least this many days, before a curve is drawn.
pub const MIN_SPAN_DAYS: f64 = 21.0;
/// The population band Lally et al. found for reaching 95 % of the plateau.
pub const POPULATION_DAYS_TO_95: (u32, u32, u32) = (18, 66, 254);

/// The slowest rate considered: 95 % only after ~8 years. A best fit at this bound
/// means the answers still climb in a straight line, with no plateau in sight.
const RATE_MIN: f64 = 1e-3;
/// The fastest: 95 % within three days.
const RATE_MAX: f64 = 1.0;
const GRID: usize = 96;
/// Less change than this (on the 1–7 scale) over the checks is no curve at all.
const FLAT: f64 = 0.5;
/// A plateau above the scale's top is the model extrapolating, not a plateau.
const PLATEAU_MAX: f64 = 7.25;

/// One check on the curve: days since the habit began, and its score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Point {
    pub day: f64,
    pub score: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Curve {
    /// `a`: the level automaticity settles at.
    pub plateau: f64,
    /// `b`: how far below the plateau the habit began.
    pub gap: f64,
    /// `c`, per day.
    pub rate: f64,
}

/// Why no curve is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoFit {
    TooFew,
    TooShort,
    Flat,
    Falling,
    NoPlateau,
}

impl NoFit {
    /// The catalogue key that says so plainly.
    pub fn key(self) -> &'static str {
        use crate::i18n::key;
        match self {
            NoFit::TooFew => key("fit-too-few"),
            NoFit::TooShort => key("fit-too-short"),
            NoFit::Flat => key("fit-flat"),
            NoFit::Falling => key("fit-falling"),
            NoFit::NoPlateau => key("fit-no-plateau"),
        }
    }
}

impl Curve {
    pub fn at(&self, day: f64) -> f64 {
        self.plateau - self.gap * (-self.rate * day).exp()
    }

    /// The day the curve reaches 95 % of its plateau: `ln(b / (0.05·a)) / c`; 0 when
    /// it began above that already.
    pub fn days_to_95(&self) -> f64 {
        ((self.gap / (0.05 * self.plateau)).ln() / self.rate).max(0.0)
    }

    /// How far along the habit is on `day`, in % of the plateau.
    pub fn percent_of_plateau(&self, day: f64) -> f64 {
        (100.0 * self.at(day) / self.plateau).clamp(0.0, 100.0)
    }
}

/// The best curve through `points`, or why there is none.
pub fn fit(points: &[Point]) -> Result<Curve, NoFit> {
    if points.len() < MIN_CHECKS {
        return Err(NoFit::TooFew);
    }
    let first = points.iter().map(|p| p.day).fold(f64::INFINITY, f64::min);
    let last = points
        .iter()
        .map(|p| p.day)
        .fold(f64::NEG_INFINITY, f64::max);
    let span = last - first;
    if span < MIN_SPAN_DAYS {
        return Err(NoFit::TooShort);
    }
    let (lo, hi) = (RATE_MIN.ln(), RATE_MAX.ln());
    let step = (hi - lo) / (GRID - 1) as f64;
    let cost = |log_rate: f64| solve(points, log_rate.exp()).1;
    let (best, _) = (0..GRID)
        .map(|i| lo + step * i as f64)
        .map(|log_rate| (log_rate, cost(log_rate)))
        .min_by(|x, y| x.1.total_cmp(&y.1))
        .expect("a grid of rates");
    let log_rate = golden_min(&cost, (best - step).max(lo), (best + step).min(hi));
    let (curve, _) = solve(points, log_rate.exp());
    // The rise the curve shows over the days the checks cover.
    let rise = curve.at(last) - curve.at(first);
    if rise <= -FLAT {
        return Err(NoFit::Falling);
    }
    if rise < FLAT {
        return Err(NoFit::Flat);
    }
    if curve.rate <= RATE_MIN * 1.05 || curve.plateau > PLATEAU_MAX {
        return Err(NoFit::NoPlateau);
    }
    Ok(curve)
}

/// The exact least-squares `a`, `b` for one rate, and the sum of squared errors.
fn solve(points: &[Point], rate: f64) -> (Curve, f64) {
    let n = points.len() as f64;
    let xs: Vec<f64> = points.iter().map(|p| (-rate * p.day).exp()).collect();
    let mean_x = xs.iter().sum::<f64>() / n;
    let mean_y = points.iter().map(|p| p.score).sum::<f64>() / n;
    let (mut sxx, mut sxy) = (0.0, 0.0);
    for (x, p) in xs.iter().zip(points) {
        sxx += (x - mean_x) * (x - mean_x);
        sxy += (x - mean_x) * (p.score - mean_y);
    }
    // score = a + slope·x, so b = −slope.
    let slope = if sxx > 0.0 { sxy / sxx } else { 0.0 };
    let curve = Curve {
        plateau: mean_y - slope * mean_x,
        gap: -slope,
        rate,
    };
    let sse = points
        .iter()
        .map(|p| (p.score - curve.at(p.day)).powi(2))
        .sum();
    (curve, sse)
}

/// The minimum of a unimodal `f` on [lo, hi].
fn golden_min(f: &impl Fn(f64) -> f64, mut lo: f64, mut hi: f64) -> f64 {
    const INVERSE_PHI: f64 = 0.618_033_988_749_895;
    let mut a = hi - INVERSE_PHI * (hi - lo);
    let mut b = lo + INVERSE_PHI * (hi - lo);
    let (mut fa, mut fb) = (f(a), f(b));
    for _ in 0..60 {
        if fa < fb {
            hi = b;
            b = a;
            fb = fa;
            a = hi - INVERSE_PHI * (hi - lo);
            fa = f(a);
        } else {
            lo = a;
            a = b;
            fa = fb;
            b = lo + INVERSE_PHI * (hi - lo);
            fb = f(b);
        }
    }
    (lo + hi) / 2.0
}
