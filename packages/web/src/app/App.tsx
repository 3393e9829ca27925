import { Route, Router, type RouteSectionProps } from '@solidjs/router';
import { lazy } from 'solid-js';
import { useSession } from '../features/auth/session';
import { NotFoundPage } from './NotFoundPage';
import { RouteFrame } from './RouteFrame';

// Each area is its own chunk, so the public /ask page loads no staff code.
const SignInPage = lazy(() => import('../features/auth/SignInPage'));
const AskPage = lazy(() => import('../features/public/AskPage'));
const CheckInPage = lazy(() => import('../features/public/CheckInPage'));
const StatusPage = lazy(() => import('../features/public/StatusPage'));
const SurveyPage = lazy(() => import('../features/survey/SurveyPage'));
const Workspace = lazy(() => import('./Workspace'));
const NoSelection = lazy(() => import('../features/inquiry/NoSelection'));
const InquiryPane = lazy(() => import('../features/inquiry/InquiryPane'));
const KbPage = lazy(() => import('../features/kb/KbPage'));
const ArticlePage = lazy(() => import('../features/kb/ArticlePage'));
const AnswersPage = lazy(() => import('../features/public/AnswersPage'));
const AnswerPage = lazy(() => import('../features/public/AnswerPage'));
const RotationPage = lazy(() => import('../features/rotation/RotationPage'));
const PhonePage = lazy(() => import('../features/phone/PhonePage'));
const KioskPage = lazy(() => import('../features/kiosk/KioskPage'));
const OutboxPage = lazy(() => import('../features/email/OutboxPage'));
const Open311Page = lazy(() => import('../features/open311/Open311Page'));
const SendKudosPage = lazy(() => import('../features/kudos/SendKudosPage'));
const KudosReviewPage = lazy(() => import('../features/kudos/KudosReviewPage'));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage'));
const CounterPage = lazy(() => import('../features/counter/CounterPage'));
const CemeteryPage = lazy(() => import('../features/cemetery/CemeteryPage'));
const NotaryCounterPage = lazy(() => import('../features/notary/NotaryCounterPage'));
const NotaryBookPage = lazy(() => import('../features/notary/NotaryBookPage'));
const NotaryManagePage = lazy(() => import('../features/notary/NotaryManagePage'));
const BannerApplyPage = lazy(() => import('../features/banners/BannerApplyPage'));
const BannerStatusPage = lazy(() => import('../features/banners/BannerStatusPage'));
const BannersCounterPage = lazy(() => import('../features/banners/BannersCounterPage'));
const LemonLotApplyPage = lazy(() => import('../features/lemonlot/LemonLotApplyPage'));
const LemonLotCounterPage = lazy(() => import('../features/lemonlot/LemonLotCounterPage'));
const PaymentsPage = lazy(() => import('../features/payments/PaymentsPage'));
const ReceiptPage = lazy(() => import('../features/payments/ReceiptPage'));

function SignInRoute() {
  return (
    <RouteFrame name="sign-in page" onRetry={() => useSession().reload()}>
      <SignInPage />
    </RouteFrame>
  );
}

function AskRoute() {
  return (
    <RouteFrame name="question form">
      <AskPage />
    </RouteFrame>
  );
}

function CheckInRoute() {
  return (
    <RouteFrame name="self check-in">
      <CheckInPage />
    </RouteFrame>
  );
}

function StatusRoute() {
  return (
    <RouteFrame name="status page">
      <StatusPage />
    </RouteFrame>
  );
}

function SurveyRoute() {
  return (
    <RouteFrame name="survey">
      <SurveyPage />
    </RouteFrame>
  );
}

function AnswersRoute() {
  return (
    <RouteFrame name="answers">
      <AnswersPage />
    </RouteFrame>
  );
}

function AnswerRoute() {
  return (
    <RouteFrame name="answer">
      <AnswerPage />
    </RouteFrame>
  );
}

function KbRoute() {
  return (
    <RouteFrame name="knowledge base">
      <KbPage />
    </RouteFrame>
  );
}

function ArticleRoute() {
  return (
    <RouteFrame name="article">
      <ArticlePage />
    </RouteFrame>
  );
}

function RotationRoute() {
  return (
    <RouteFrame name="rotation">
      <RotationPage />
    </RouteFrame>
  );
}

function PhoneRoute() {
  return (
    <RouteFrame name="phone">
      <PhonePage />
    </RouteFrame>
  );
}

function KioskRoute() {
  return (
    <RouteFrame name="walk-in kiosk">
      <KioskPage />
    </RouteFrame>
  );
}

function Open311Route() {
  return (
    <RouteFrame name="Open311">
      <Open311Page />
    </RouteFrame>
  );
}

function ReportsRoute() {
  return (
    <RouteFrame name="reports">
      <ReportsPage />
    </RouteFrame>
  );
}

function SendKudosRoute() {
  return (
    <RouteFrame name="kudos page">
      <SendKudosPage />
    </RouteFrame>
  );
}

function KudosReviewRoute() {
  return (
    <RouteFrame name="kudos review">
      <KudosReviewPage />
    </RouteFrame>
  );
}

function CemeteryRoute() {
  return (
    <RouteFrame name="cemetery">
      <CemeteryPage />
    </RouteFrame>
  );
}

function NotaryCounterRoute() {
  return (
    <RouteFrame name="notary">
      <NotaryCounterPage />
    </RouteFrame>
  );
}

function NotaryBookRoute() {
  return (
    <RouteFrame name="notary booking">
      <NotaryBookPage />
    </RouteFrame>
  );
}

function NotaryManageRoute() {
  return (
    <RouteFrame name="notary appointment">
      <NotaryManagePage />
    </RouteFrame>
  );
}

function CounterRoute() {
  return (
    <RouteFrame name="counter services">
      <CounterPage />
    </RouteFrame>
  );
}

function PaymentsRoute() {
  return (
    <RouteFrame name="payments">
      <PaymentsPage />
    </RouteFrame>
  );
}

function ReceiptRoute() {
  return (
    <RouteFrame name="receipt">
      <ReceiptPage />
    </RouteFrame>
  );
}

function BannerApplyRoute() {
  return (
    <RouteFrame name="banner permit form">
      <BannerApplyPage />
    </RouteFrame>
  );
}

function BannerStatusRoute() {
  return (
    <RouteFrame name="banner permit status">
      <BannerStatusPage />
    </RouteFrame>
  );
}

function BannersCounterRoute() {
  return (
    <RouteFrame name="banner permits">
      <BannersCounterPage />
    </RouteFrame>
  );
}

function LemonLotApplyRoute() {
  return (
    <RouteFrame name="lemon lot form">
      <LemonLotApplyPage />
    </RouteFrame>
  );
}

function LemonLotCounterRoute() {
  return (
    <RouteFrame name="lemon lot">
      <LemonLotCounterPage />
    </RouteFrame>
  );
}

function OutboxRoute() {
  return (
    <RouteFrame name="outbox">
      <OutboxPage />
    </RouteFrame>
  );
}

function WorkspaceRoute(props: RouteSectionProps) {
  return (
    <RouteFrame name="workspace" onRetry={() => useSession().reload()}>
      <Workspace>{props.children}</Workspace>
    </RouteFrame>
  );
}

function NoSelectionRoute() {
  return (
    <RouteFrame name="inquiry pane">
      <NoSelection />
    </RouteFrame>
  );
}

function InquiryRoute() {
  return (
    <RouteFrame name="inquiry">
      <InquiryPane />
    </RouteFrame>
  );
}

export function App() {
  return (
    <Router>
      <Route path="/signin" component={SignInRoute} />
      <Route path="/ask" component={AskRoute} />
      <Route path="/check-in" component={CheckInRoute} />
      <Route path="/status/:token" component={StatusRoute} />
      <Route path="/survey/:token" component={SurveyRoute} />
      <Route path="/answers" component={AnswersRoute} />
      <Route path="/answers/:slug" component={AnswerRoute} />
      <Route path="/kudos" component={SendKudosRoute} />
      <Route path="/banners" component={BannerApplyRoute} />
      <Route path="/banners/status/:token" component={BannerStatusRoute} />
      <Route path="/lemon-lot" component={LemonLotApplyRoute} />
      <Route path="/notary" component={NotaryBookRoute} />
      <Route path="/notary/manage/:token" component={NotaryManageRoute} />
      <Route path="/" component={WorkspaceRoute}>
        <Route path="/" component={NoSelectionRoute} />
        <Route path="/inquiries/:id" component={InquiryRoute} />
        <Route path="/kb" component={KbRoute} />
        <Route path="/kb/:id" component={ArticleRoute} />
        <Route path="/rotation" component={RotationRoute} />
        <Route path="/phone" component={PhoneRoute} />
        <Route path="/kiosk" component={KioskRoute} />
        <Route path="/outbox" component={OutboxRoute} />
        <Route path="/api-keys" component={Open311Route} />
        <Route path="/kudos-review" component={KudosReviewRoute} />
        <Route path="/reports" component={ReportsRoute} />
        <Route path="/counter" component={CounterRoute} />
        <Route path="/counter/cemetery" component={CemeteryRoute} />
        <Route path="/counter/notary" component={NotaryCounterRoute} />
        <Route path="/counter/banners" component={BannersCounterRoute} />
        <Route path="/counter/lemon-lot" component={LemonLotCounterRoute} />
        <Route path="/counter/payments" component={PaymentsRoute} />
        <Route path="/counter/payments/:id/receipt" component={ReceiptRoute} />
      </Route>
      <Route path="*" component={NotFoundPage} />
    </Router>
  );
}
