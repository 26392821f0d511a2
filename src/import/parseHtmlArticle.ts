import { htmlToArticleText } from './htmlToArticleText'
import { parseArticle } from './parseArticle'
import type { ParseArticleOptions, ParsedArticle } from './parsedArticle'

/** True for text that is an HTML page or fragment rather than an article's plain text. */
export const looksLikeHtml = (text: string): boolean =>
  /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/iu.test(text) ||
  (/<\/(?:p|div|article|h1|figure)>/iu.test(text) && /^\s*</u.test(text))

/** A saved HTML page read as an article: the same parser as for text, after extraction. */
export const parseHtmlArticle = (html: string, options: ParseArticleOptions = {}): ParsedArticle =>
  parseArticle(htmlToArticleText(html, options.fileName), options)
