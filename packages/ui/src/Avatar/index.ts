export { Avatar, avatarVariants, initials } from './Avatar';
export type { AvatarProps } from './Avatar';
