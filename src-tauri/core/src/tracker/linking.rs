//! The person's network links and each habit's ideas for what to post.
use super::Tracker;
use crate::defaults::default_ideas;
use crate::error::{CoreError, Result};
use crate::model::{Habit, HabitId, Link, LinkName, LinkUrl};
use crate::store;
use chrono::{Datelike, NaiveDate};

/// At most this many ideas per habit, each one line of at most `IDEA_MAX` characters.
pub const IDEAS_MAX: usize = 30;
pub const IDEA_MAX: usize = 200;
pub const LINKS_MAX: usize = 20;

impl Tracker {
    pub fn links(&self) -> Result<Vec<Link>> {
        store::links(self.store.read())
    }

    /// The link called `name` (in any case).
    pub fn link(&self, name: &str) -> Result<Link> {
        let links = self.links()?;
        let known: Vec<&str> = links.iter().map(|l| l.name.as_str()).collect();
        links
            .iter()
            .find(|l| l.name.same_as(name))
            .cloned()
            .ok_or_else(|| {
                if known.is_empty() {
                    CoreError::said("error-no-link", vec![("name", name.into())])
                } else {
                    CoreError::said(
                        "error-no-such-link",
                        vec![("name", name.into()), ("known", known.join(", ").into())],
                    )
                }
            })
    }

    /// Adds a link, or gives a known one a new address. The first link is the default.
    pub fn add_link(&mut self, name: &str, url: &str, default: bool) -> Result<Link> {
        let name = LinkName::parse(name)?;
        let url = LinkUrl::parse(url)?;
        let links = self.links()?;
        let known = links.iter().find(|l| l.name.same_as(name.as_str()));
        if known.is_none() && links.len() >= LINKS_MAX {
            return Err(CoreError::said(
                "error-too-many-links",
                vec![("max", LINKS_MAX.into())],
            ));
        }
        let link = Link {
            name: known.map_or(name, |k| k.name.clone()),
            url,
            default: default || links.is_empty() || known.is_some_and(|k| k.default),
        };
        self.store.write(|conn| store::put_link(conn, &link))?;
        Ok(link)
    }

    /// Removes a link; the habits that opened it open the default from now on (they
    /// are returned). When it was the default, the first other link becomes it.
    pub fn remove_link(&mut self, name: &str) -> Result<Vec<HabitId>> {
        let link = self.link(name)?;
        let fall_back: Vec<HabitId> = self
            .habits()?
            .into_iter()
            .filter(|h| h.link.as_deref().is_some_and(|l| link.name.same_as(l)))
            .map(|h| h.id)
            .collect();
        let successor = match link.default {
            true => self.links()?.into_iter().find(|l| l.name != link.name),
            false => None,
        };
        self.store.write(|conn| {
            store::remove_link(conn, &link.name)?;
            if let Some(next) = &successor {
                store::put_link(
                    conn,
                    &Link {
                        default: true,
                        ..next.clone()
                    },
                )?;
            }
            Ok(())
        })?;
        Ok(fall_back)
    }

    pub fn set_default_link(&mut self, name: &str) -> Result<Link> {
        let link = Link {
            default: true,
            ..self.link(name)?
        };
        self.store.write(|conn| store::put_link(conn, &link))?;
        Ok(link)
    }

    /// The link a habit's check-in opens: its own, else the default.
    pub fn link_for(&self, habit: &Habit) -> Result<Option<Link>> {
        let links = self.links()?;
        let own = habit
            .link
            .as_deref()
            .and_then(|name| links.iter().find(|l| l.name.same_as(name)));
        Ok(own.or_else(|| links.iter().find(|l| l.default)).cloned())
    }

    /// A habit's ideas for what to post: the person's, else its defaults.
    pub fn ideas(&self, habit: &str) -> Result<Vec<String>> {
        let habit = self.habit(habit)?;
        Ok(match store::ideas(self.store.read(), &habit.id)? {
            Some(own) => own,
            None => default_ideas(habit.id.as_str(), self.catalogue()?),
        })
    }

    /// Replaces a habit's ideas (blank lines are dropped); `None` brings back its
    /// defaults. Every line is checked before anything is written.
    pub fn set_ideas(&mut self, habit: &str, ideas: Option<&[String]>) -> Result<Vec<String>> {
        let habit = self.habit(habit)?;
        let lines = ideas
            .map(|lines| {
                let kept: Vec<String> = lines
                    .iter()
                    .filter(|l| !l.trim().is_empty())
                    .map(|l| crate::model::one_line("an idea", l, IDEA_MAX, false))
                    .collect::<Result<_>>()?;
                if kept.len() > IDEAS_MAX {
                    return Err(CoreError::said(
                        "error-too-many-ideas",
                        vec![("count", kept.len().into()), ("max", IDEAS_MAX.into())],
                    ));
                }
                Ok(kept)
            })
            .transpose()?;
        self.store
            .write(|conn| store::put_ideas(conn, &habit.id, lines.as_deref()))?;
        self.ideas(habit.id.as_str())
    }

    /// The idea shown on `date`: the list turns one step a day, the same all day.
    pub fn idea_for(&self, habit: &str, date: NaiveDate) -> Result<Option<String>> {
        let ideas = self.ideas(habit)?;
        if ideas.is_empty() {
            return Ok(None);
        }
        let day = date.num_days_from_ce().unsigned_abs() as usize;
        Ok(Some(ideas[day % ideas.len()].clone()))
    }
}
