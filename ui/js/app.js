// Entry point: draws the panels once the page has loaded.
import { showToday } from "./today.js";

showToday();
