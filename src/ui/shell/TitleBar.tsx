import { useT } from '../i18n/use-t.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { DiagramTitle } from './DiagramTitle.tsx';
import logo from '../assets/favicon.svg';

export function TitleBar() {
  const t = useT();
  return (
    <header className="title-bar">
      <img className="title-bar__logo" src={logo} width={24} height={24} alt="" />
      <h1 className="title-bar__name">{t('app.name')}</h1>
      <DiagramTitle />
      <SaveStatus />
      <div className="title-bar__spacer" />
      <LanguageSwitch />
    </header>
  );
}
