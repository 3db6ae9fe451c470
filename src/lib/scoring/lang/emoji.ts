/** Emoji patterns shared by both rule sets (an eye-roll reads the same in every language). */
export const SARCASM_EMOJI: readonly string[] = ['🙄', '🙃', '😒', '😏', '🤦', '🤷', '🤡'];
export const FLIPPANT_EMOJI: readonly string[] = ['😂', '🤣', '😜', '✌️', '✌'];
export const SAD_EMOJI: readonly string[] = ['😢', '😔', '😕', '🙁', '😞'];
export const WARM_EMOJI: readonly string[] = [
  '😊',
  '🙂',
  '😀',
  '😃',
  '😄',
  '❤',
  '❤️',
  '♥',
  '🥰',
  '😍',
  '👍',
  '🙏',
  '💙',
  '💚',
];
